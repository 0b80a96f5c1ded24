const modalContent = [
	{
		subject: 'colofon',
		content: `
<h4 class="first-title-top">BAKKES herenkappers | baardkwekers</h4>

<p>BAKKES herenkappers | baardkwekers is een klassieke barbershop voor alleen heren. Een bezoek aan BAKKES is een beleving waarin mannen zich laten verzorgen in een stijlvolle, klassieke omgeving. Ons werk bestaat uit authentiek scheren, baardtrimmen en knippen: zowel klassiek als volgens de laatste trends.</p>

<h4>BarberTrain</h4>

<p>BarberTrain is het opleidingsbedrijf van BAKKES. BarberTrain levert verschillende diverse barbierscursussen zoals een praktische basis cursus tot beginnend barbier, scheercursussen en het knippen en opscheren van old-school herenkapsels. Daarnaast verzorgen wij salontrainingen, masterclasses en podiumdemonstraties op evenementen.
Ga naar <a href="https//www.barbertrain.nl">www.barbertrain.nl</a>.</p>

<h4>Adres- en contactgegevens</h4>

<p>
Sassenstraat 50 <br>
8011 PC ZWOLLE <br>
<a href="mailto:zwolle@bakkes.nu">zwolle@bakkes.nu</a> <br>
telefoon: 038-4210748
</p>

<p>
Hoofdstraat 85 <br>
7811 EH EMMEN <br>
<a href="mailto:emmen@bakkes.nu">emmen@bakkes.nu</a> <br>
0591-562720
</p>

<h4>Handelsregister</h4>

<p>
V.O.F. Van den Brandt <br>
kvk: 64656748 <br>
<a href="mailto:contact@bakkes.nu">contact@bakkes.nu</a>
</p>

<h4>Bank</h4>

<p>
IBAN: NL68 RABO 030 057 0112 <br>
BTW-nummer: NL855765094B01 <br>
</p>
`,
	},
	{
		subject: 'disclaimer',
		content: `
  <p>
  De website van BAKKES herenkappers & baardkweekers (hierna BAKKES) is met de grootst mogelijke zorgvuldigheid opgezet, maar het kan voorkomen dat niet alle informatie op deze website op een bepaald moment actueel, juist en/of volledig is. De inhoud van deze website is slechts ter informatie, er kunnen geen rechten aan de informatie - inclusief, maar niet beperkt tot tariefinformatie - worden ontleend. De getoonde afbeeldingen zijn louter ter illustratie. Uitzondering hierop wordt gevormd door de algemene voorwaarden van BAKKES, waaraan rechten kunnen worden ontleend, indien ze door u uitdrukkelijk zijn aanvaard bij het plaatsen van een of meer orders. Op alle offertes, producten en diensten van BAKKES zijn onze algemene voorwaarden van toepassing. BAKKES behoudt zich het recht voor om de informatie op de website te allen tijde te verbeteren of anderszins te wijzigen.
  </p>
  <p>
  BAKKES aanvaardt geen enkele aansprakelijkheid voor eventuele schade ten gevolge van het gebruik van deze site of het gebruik van de informatie die op deze site wordt verstrekt, tenzij deze schade het gevolg is van opzet of grove schuld onzerzijds. BAKKES kan er niet voor instaan dat de informatie op deze website geschikt is voor het doel waarvoor de informatie door u wordt geraadpleegd.
  </p>
  <p>
    Alle rechten voorbehouden. Geen enkele tekstuele en/of grafische weergave van deze website mag worden verveelvoudigd of openbaar gemaakt, in welke vorm of op welke wijze dan ook, of worden opgeslagen in een geautomatiseerd (gegevens)bestand, zonder voorafgaande schriftelijke toestemming van BAKKES.
  </p>
  <p>
    Onze website bevat links naar andere sites. Wij zijn niet verantwoordelijk voor de inhoud van deze websites.
  </p>
  <p>
    BAKKES is niet aansprakelijk voor misbruik door derden van door copyright beschermde informatie.
  </p>
`,
	},
	{
		subject: 'privacy',
		content: `
  <p>
  BAKKES herenkappers|baardkwekers (hierna BAKKES) hecht veel waarde aan de bescherming van uw persoonsgegevens. In deze Privacy policy willen we heldere en transparante informatie geven over hoe wij omgaan met persoonsgegevens.
  </p>
  <p>
  Wij doen er alles aan om uw privacy te waarborgen en gaan daarom zorgvuldig om met persoonsgegevens. BAKKES houdt zich in alle gevallen aan de toepasselijke wet- en regelgeving, waaronder de Algemene Verordening Gegevensbescherming.  Dit brengt met zich mee dat wij in ieder geval:
  </p>
  <p>
  Uw persoonsgegevens verwerken in overeenstemming met het doel waarvoor deze zijn verstrekt, deze doelen en type persoonsgegevens zijn beschreven in dit Privacy policy;
  Verwerking van uw persoonsgegevens beperkt is tot enkel die gegevens welke minimaal nodig zijn voor de doeleinden waarvoor ze worden verwerkt;
  Vragen om uw uitdrukkelijke toestemming als wij deze nodig hebben voor de verwerking van uw persoonsgegevens;
  Passende technische en organisatorische maatregelen hebben genomen zodat de beveiliging van uw persoonsgegevens gewaarborgd is;
  Geen persoonsgegevens doorgeven aan andere partijen, tenzij dit nodig is voor uitvoering van de doeleinden waarvoor ze zijn verstrekt;
  Op de hoogte zijn van uw rechten omtrent uw persoonsgegevens, u hierop willen wijzen en deze respecteren.
  Als BAKKES zijn wij verantwoordelijk voor de verwerking van uw persoonsgegevens. Indien u na het doornemen van ons Privacy policy, of in algemenere zin, vragen heeft hierover of contact met ons wenst op te nemen kan dit via de contactgegevens onder aan deze pagina.
  </p>
  <h4>
  Verwerking van persoonsgegevens van Klanten of leveranciers
  </h4>
  <p>
  Persoonsgegevens van klanten of leveranciers worden door BAKKES verwerkt ten behoeve van de volgende doelstelling(en):
  </p>
  
  <ul>
    <li><p>Administratieve doeleinde;</p></li>
    <li><p>Communicatie over de opdracht en/of uitnodigingen;</p></li>
    <li><p>Het uitvoering geven aan of het uitgeven van een opdracht.</p></li>  
  </ul>

  <p>
  Grondslag voor deze persoonsgegevens is:
  </p>

  <ul>
    <li><p>De overeengekomen opdracht;</p></li>
  </ul>
  
  <p>
  Voor de bovenstaande doelstelling(en) kan BAKKES de volgende persoonsgegevens van u vragen:
  </p>

  <ul>
    <li><p>Voornaam;</p></li>
    <li><p>Tussenvoegsel;</p></li>
    <li><p>Achternaam;</p></li>
    <li><p>Adres;</p></li>
    <li><p>Geboortedatum;</p></li>
    <li><p>(Zakelijk) Telefoonnummer;</p></li>
    <li><p>(Zakelijk) E-mailadres;</p></li>
    <li><p>Geslacht.</p></li>
  </ul>
  
  <p>
  Uw persoonsgegevens worden door BAKKES opgeslagen ten behoeve van bovengenoemde verwerking(en) voor de periode:
  </p>
  
  <ul>
    <li><p>Gedurende de looptijd van de overeenkomst en daarna alleen in de financiële administratie voor maximaal 7 jaar.</p></li>
  </ul>
  
  <h4>Verwerking van persoonsgegevens van Nieuwsbrief abonnees</h4>
  
  <p>
    Persoonsgegevens van Nieuwsbrief abonnees worden door BAKKES verwerkt ten behoeve van de volgende doelstelling(en):
  </p>

  <ul>
    <li><p>Het informeren van de persoon d.m.v. nieuwsuitingen.</p></li>
  </ul>
  
  <p>
    Grondslag voor deze persoonsgegevens is:
  </p>
  
  <ul>
    <li><p>Het inschrijving formulier Nieuwsbrief;</p></li>
  </ul>

  <p>
    Voor de bovenstaande doelstelling(en) kan BAKKES de volgende persoonsgegevens van u vragen:
  </p>

  <ul>
    <li><p>Voornaam;</p></li>
    <li><p>Tussenvoegsel;</p></li>
    <li><p>Achternaam;</p></li>
    <li><p>E-mailadres.</p></li>
  </ul>

  <p>
    Uw persoonsgegevens worden door BAKKES opgeslagen ten behoeve van bovengenoemde verwerking(en) voor de periode:
  </p>

  <ul>
    <li><p>Gedurende de periode dat men aangemeld is.</p></li>
  </ul>
  
  <h4>Verwerking van persoonsgegevens van prospect, stakeholder-/lobbycontacten en/of geïnteresseerden</h4>

  <p>
    Persoonsgegevens van prospect, stakeholder-/lobbycontacten en/of geïnteresseerden worden door BAKKES verwerkt ten behoeve van de volgende doelstelling(en):
  </p>

  <ul>
    <li><p>Informatieverstrekking in de vorm van nieuwsbrieven en/of gerichte contacten.</p></li>
  </ul>

  <p>Grondslag voor deze persoonsgegevens is:</p>

  <ul>
    <li><p>Mondelinge toestemming, afgifte visitekaartje en/of via koppeling op LinkedIn;</p></li>
  </ul>

  <p>Voor de bovenstaande doelstelling(en) kan BAKKES de volgende persoonsgegevens van u vragen:</p>

  <ul>
    <li><p>Voornaam;</p></li>
    <li><p>Tussenvoegsel;</p></li>
    <li><p>Achternaam;</p></li>
    <li><p>Telefoonnummer;</p></li>
    <li><p>E-mailadres.</p></li>
  </ul>
  
  <p>
    Uw persoonsgegevens worden door BAKKES opgeslagen ten behoeve van bovengenoemde verwerking(en) voor de periode:
  </p>
  
  <ul>
    <li>
    <p>Gedurende de periode dat men gezien wordt als een prospect, stakeholder-/lobbycontacten en/of geïnteresseerde.</p>
    </li>
  </ul>
   
  <h4>Verwerking van persoonsgegevens van Medewerkers</h4>
  
  <p>Persoonsgegevens van Medewerkers worden door BAKKES verwerkt ten behoeve van de volgende doelstelling(en):</p>

  <ul>
    <li><p>Uitvoering geven aan de arbeids- of leerovereenkomst.</p></li>
  </ul>
  
  <p>Grondslag voor deze persoonsgegevens is:</p>
  
  <ul>
    <li><p>De arbeidsovereenkomst, stageovereenkomst en/of BPV-overeenkomst.</p></li>
  </ul>
  
  <p>Voor de bovenstaande doelstelling(en) kan BAKKES de volgende persoonsgegevens van u vragen:</p>
 
  <ul>
    <li><p>Voornaam;</p></li>
    <li><p>Tussenvoegsel;</p></li>
    <li><p>Achternaam;</p></li>
    <li><p>Woonadres, -postcode en -plaats;</p></li>
    <li><p>Telefoonnummer;</p></li>
    <li><p>E-mailadres;</p></li>
    <li><p>Geboortedatum;</p></li>
    <li><p>Salarisgegevens;</p></li>
    <li><p>Kopie ID;</p></li>
    <li><p>BSN-nummer;</p></li>
    <li><p>Bankgegevens.</p></li>
  </ul>
  
  <p>Uw persoonsgegevens worden door BAKKES opgeslagen ten behoeve van bovengenoemde verwerking(en) voor de periode:</p>

  <ul>
    <li><p>Gedurende de periode dat men een contract heeft en daarna alleen in de financiële administratie voor maximaal 7 jaar.</p></li>
  </ul>

  <h4>Privacybeleid Cadeaubon</h4>

  <p>
    Bij het bestellen van een online cadeaubon hebben wij bepaalde persoonsgegevens nodig, zoals de naam en het e-mailadres van uzelf en de ontvanger. Wij hebben deze gegevens nodig om cadeaubonnen af te leveren op het overeengekomen leveringsadres, offertes/brochures en/of gebruiksaanwijzingen te kunnen versturen en om facturen te kunnen sturen. Deze persoonsgegevens mogen door Bakkes worden gekopieerd, gebruikt en opgeslagen overeenkomstig de Nederlandse wetgeving op het gebied van gegevensbescherming, maar zullen niet worden geopenbaard aan derden, tenzij dit bij wet is vereist of door de justitiële autoriteiten wordt verlangd. U hebt te allen tijde het recht om uw gegevens te laten verwijderen of wijzigen.
  </p>
   
  <h4>Verstrekking aan derden</h4>

  <p>De gegevens die u aan ons geeft kunnen wij aan derde partijen verstrekken indien dit noodzakelijk is voor uitvoering van de hierboven beschreven doeleinden.</p>
  
  <p>Zo maken wij gebruik van een derde partij voor:</p>

  <ul>
    <li><p>Het verzorgen van de website/webwinkel;</p></li>
    <li><p>Het verzorgen van afspraken;</p></li>
    <li><p>Het verzorgen van verzekeringen en pensioen;</p></li>
    <li><p>Verzuimbegeleiding;</p></li>
    <li><p>Het verzorgen van de administratie (financieel, salaris e.d.);</p></li>
    <li><p>Pakketvervoer;</p></li>
    <li><p>Het verzorgen van marketing.</p></li>
  </ul>
  
  <p>
    Wij geven nooit persoonsgegevens door aan andere partijen waarmee we geen verwerkersovereenkomst hebben afgesloten. 
    Met deze partijen (verwerkers) maken wij hierin de nodige afspraken om de beveiliging van uw persoonsgegevens te waarborgen. 
    Verder zullen wij de door uw verstrekte gegevens niet aan andere partijen verstrekken, tenzij dit wettelijk verplicht en 
    toegestaan is. Een voorbeeld hiervan is dat de politie in het kader van een onderzoek (persoons)gegevens bij ons opvraagt. 
    In een dergelijk geval dienen wij medewerking te verlenen en zijn dan ook verplicht deze gegevens af te geven. 
    Tevens kunnen wij persoonsgegevens delen met derden indien u ons hier schriftelijk toestemming voor geeft.
  </p>
  
  <h4>Binnen de EU</h4> 

  <p>Wij verstrekken geen persoonsgegevens aan partijen welke gevestigd zijn buiten de EU.</p>

  <h4>Bewaartermijn</h4>

  <p>BAKKES bewaart persoonsgegevens niet langer dan noodzakelijk voor het doel waarvoor deze zijn verstrekt dan wel op grond 
  van de wet is vereist.</p>
  
  <h4>Beveiliging</h4>

  <p>
    Wij hebben passende technische en organisatorische maatregelen genomen om persoonsgegevens van u te beschermen 
    tegen onrechtmatige verwerking, zo hebben we bijvoorbeeld de volgende maatregelen genomen;
  </p>
  
  <ul>
    <li><p>Alle personen die namens BAKKES van uw gegevens kennis kunnen nemen, zijn gehouden aan geheimhouding daarvan.</p></li>
    <li><p>We hanteren een gebruikersnaam en wachtwoordbeleid op al onze systemen;</p></li>
    <li><p>We pseudonimiseren en zorgen voor de encryptie van persoonsgegevens als daar aanleiding toe is;</p></li>
    <li><p>Wij laten back-ups maken van de persoonsgegevens om deze te kunnen herstellen bij fysieke of technische incidenten;</p></li>
    <li><p>We testen en evalueren regelmatig onze maatregelen;</p></li>
    <li><p>Onze medewerkers zijn geïnformeerd over het belang van de bescherming van persoonsgegevens.</p></li>
  </ul>
  
  <h4>Rechten omtrent uw gegevens</h4>

  <p>
    U heeft recht op inzage, rectificatie of verwijdering van de persoonsgegeven welke wij van u ontvangen hebben. 
    Tevens kunt u bezwaar maken tegen de verwerking van uw persoonsgegevens (of een deel hiervan) door ons of door 
    één van onze verwerkers. Ook heeft u het recht om de door u verstrekte gegevens door ons te laten overdragen 
    aan uzelf of in opdracht van u direct aan een andere partij. Wij kunnen u vragen om u te legitimeren voordat 
    wij gehoor kunnen geven aan voornoemde verzoeken.
  </p>

  <p>
    Mogen wij uw persoonsgegevens verwerken op basis van een door u gegeven toestemming hiertoe, dan heeft u 
    altijd het recht deze toestemming in te trekken.
  </p>
  
  <h4>Klachten</h4>

  <p>
    Mocht u een klacht hebben over de verwerking van uw persoonsgegevens dan vragen wij u hierover direct contact 
    met ons op te nemen. Komen wij er samen met u niet uit dan vinden wij dit natuurlijk erg vervelend. 
    U heeft altijd het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens, dit is de toezichthoudende 
    autoriteit op het gebied van privacybescherming.
  </p>
   
  <h4>Vragen</h4> 

  <p>Als u naar aanleiding van ons Privacy Statement nog vragen of opmerkingen heeft neem dan contact met ons op!</p>
  
  <h4>Contactgegevens</h4>
  
  <p>
    <b>BAKKES herenkappers | baardkwekers</b> <br>
    Laan van het Kwekebos 394 <br>
    7823LR EMMEN <br>
    <a href="mailto:contact@bakkes.nu">contact@bakkes.nu</a>
  </p>
`,
	},
	{
		subject: 'voorwaarden',
		content: `
    <h4 class="first-title-top">Algemene Voorwaarden voor Uiterlijke Verzorging</h4>

    <p>Wij zijn lid van de brancheorganisatie ANKO. Dat betekent dat de Algemene Voorwaarden van de Uiterlijke Verzorgingsbranche van toepassing zijn. De voorwaarden zijn overeengekomen tussen de vertegenwoordigers van de consument (Consumentenbond) en de ondernemer (ANKO). Deze voorwaarden en het bijbehorende reglement vindt u hieronder.</p>

    <p><a href="https://www.anko.nl/data/pdf-documenten/geschillencommissie/algemene-voorwaarden-geschillencommissie-uv.pdf" target="_blank">Algemene Voorwaarden voor Uiterlijke Verzorgingsbranches</a></p>

    <h4>Voorwaarden Cadeaubon</h4>

    <p>Bakkes kan niet verantwoordelijk worden gesteld voor verloren of gestolen cadeaubonnen, noch voor gebruik zonder uw toestemming. Bewaar ze goed. Ze hebben een bepaalde waarde en kunnen worden ingewisseld door iedereen die ze vindt. Cadeaubonnen mogen ook niet worden doorverkocht en kunnen niet worden ingewisseld of retour genomen tegen contanten.</p>
    
    <p>De bon vervalt indien bij wet verboden of indien er wettelijke beperkingen gelden. De voorwaarden voor cadeaubonnen kunnen zonder voorafgaande kennisgeving worden gewijzigd. Bepaalde items zijn mogelijk niet beschikbaar voor koop via een cadeaubon. U kunt een cadeaubon gebruiken als deelbetaling. Is de waarde van een cadeaubon bijvoorbeeld niet toereikend voor de door u gewenste aankoop, dan kunt het het resterende bedrag via een andere betaalmethode voldoen.</p>
`,
	},
	{
		subject: 'afspraak',
		content: `
    <p><b>Tot 24 uur vantevoren online</b></p>
    <p>
    Zelf online je afspraak wijzigen of annuleren kan tot 24 uur van tevoren. Zie hiervoor de instructie in de afspraakbevestiging die wij per e-mail hebben toegestuurd.
    </p> 

    <p><b>Tot 12 uur vantevoren telefonisch</b></p>
    
    <p>
    Je kunt tot 12 uur vantevoren je afspraak telefonisch wijzigen of annuleren. Neemt hiervoor met contact op met de betreffende vestiging van BAKKES.
    </p> 

    <p><b>Binnen 12 uur tot de afspraak annuleren, te laat of niet-opdagen</b></p>

    <p>Annuleer of wijzig je je afspraak korter dat 12 uur vantevoren, dan zijn wij genoodzaakt de afspraak in rekening te brengen. Wij hebben namelijk een medewerker voor je gereserveerd en daardoor andere klanten moeten teleurstellen:</p>

    <ul>
      <li><p>Tussen 2 en 12 uur vantevoren wordt 50% van de prijs van de afgesproken behandeling(en) in rekening gebracht;</p></li>
      <li><p>Korter dan 2 uur, bij te laat komen of bij niet komen opdagen wordt 100% van de prijs van de afgesproken behandeling(en) in rekening gebracht.</p></li>
    </ul>
    
    <p>Hartelijk dank voor je begrip.</p>    
`,
	},
];
