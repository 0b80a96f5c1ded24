import React from 'react'

const Legal = () =>{
	return(
		<div className='legal'>
			<h1 id='privacy'>PRIVACYBELEID Barber</h1>
			<p>
				Dit privacybeleid geldt voor Barber B.V., gevestigd aan de
				Oostervenne 397, 1444XN te Purmerend, hierna
				genoemd Barber.
			</p>
			<p>
				Wij vinden jouw privacy belangrijk. Dit privacybeleid verschaft informatie over de gegevens die we
				verwerken van de gebruikers en klanten van onze Barber kapsalons, website, webshop en andere
				diensten. Wij vinden het belangrijk ervoor te zorgen dat onze dienstverlening transparant en
				betrouwbaar is. Wij zijn voortdurend op zoek naar manieren om onze dienstverlening te verbeteren
				en deze zoveel mogelijk af te stemmen op je persoonlijke wensen en behoeften.
			</p>
			<p>
				Via de website www.barber.nl van Barber en in onze kapsalons worden privacygevoelige gegevens
				verwerkt. Deze gegevens worden persoonsgegevens genoemd. Wij vinden een zorgvuldige omgang
				met persoonsgegevens van groot belang. Persoonsgegevens worden door ons dan ook zorgvuldig
				verwerkt en beveiligd. Onze werknemers en door ons ingeschakelde derden zijn verplicht om de
				vertrouwelijkheid van je gegevens te respecteren.
			</p>
			<p>
				Dit privacybeleid kan van tijd tot tijd wijzigen indien nieuwe ontwikkelingen daartoe aanleiding
				geven. Ook eventuele aanpassingen en/of veranderingen van de website kunnen leiden tot
				wijzigingen in dit privacybeleid.
				Het meest actuele privacybeleid vind je altijd op www.barber.nl/privacy-policy en in de footer
				onderaan onze website. Barber raadt je aan dit privacybeleid geregeld te raadplegen, zodat je van
				deze wijzigingen op de hoogte bent. In het privacybeleid wordt altijd de laatste datum van wijziging
				aangegeven.
				Dit privacybeleid is voor het laatst gewijzigd op 09 september 2019.
			</p>
			<p>
				Bij onze verwerking van persoonsgegevens houden wij ons aan de eisen die de privacywet stelt. Dat
				betekent onder andere dat wij:
				▪ duidelijk vermelden voor welke doeleinden wij persoonsgegevens verwerken. Dat doen wij via
				dit privacybeleid;
				▪ proberen onze verzameling van persoonsgegevens te beperken tot alleen de persoonsgegevens
				die nodig zijn voor de vastgestelde doeleinden;
				▪ jou eerst vragen om uitdrukkelijke toestemming om jouw persoonsgegevens te verwerken in
				gevallen waarin jouw toestemming is vereist;
				▪ passende beveiligingsmaatregelen nemen om jouw persoonsgegevens te beschermen en dat ook
				eisen van partijen die in opdracht van ons persoonsgegevens verwerken;
				▪ jouw recht respecteren om jouw persoonsgegevens op jouw aanvraag ter inzage te bieden, te
				corrigeren of te verwijderen.
				In dit privacybeleid leggen wij uit welke persoonsgegevens wij verzamelen en gebruiken en met welk
				doel. Wij raden je aan deze verklaring zorgvuldig te lezen.
				
			</p>
			<h3>Gebruik van persoonsgegevens</h3>
			<p>
				Bij het gebruik van onze website laat je bepaalde gegevens bij ons achter. Dat kunnen
				persoonsgegevens zijn. Persoonsgegevens worden door ons op verschillende manieren verzameld.
				Zo kun je bijvoorbeeld via onze website een afspraak maken, je aanmelden voor de Barber
				nieuwsbrief, een bericht aan ons achterlaten of producten bestellen, waarbij wij je vragen om enkele
				persoonsgegevens aan ons te verstrekken om het verzoek of de bestelling af te handelen.
				Bij het bekijken van onze website op verschillende apparaten zoals een smartphone, een tablet, of
				een computer, e.d. worden er persoonsgegevens en gegevens over het gebruik van de website
				verzameld.
			</p>
			<p>
				Wanneer je een Barber kapsalon bezoekt vragen wij je om gegevens achter te laten, die wij als een
				klantprofiel registreren in ons klantregistratiesysteem Barber Totaal. Dit klantprofiel gebruiken we om
				een behandelingshistorie van jou te bewaren, waardoor we jou bij toekomstige behandelingen beter
				van dienst kunnen zijn.
				Wanneer je jouw persoonsgegevens in een Barber kapsalon achterlaat, geef je - afhankelijk van de
				gegevens die we van je ontvangen - mondeling toestemming voor het gebruiken van deze gegevens
				voor het toezenden van onze (gepersonaliseerde) digitale nieuwsbrief, aanbiedingen per e-mail en/of
				per post, advertenties via websites van derden en sociale mediakanalen, markt- en
				klanttevredenheidsonderzoeken om onze dienstverlening te verbeteren.
				Het is niet verplicht om persoonsgegevens achter te laten wanneer je gebruikt maakt van de
				diensten in de Barber kapsalons. Iedere klant heeft altijd de mogelijkheid onze kapsalons anoniem
				te bezoeken, zonder gegevens achter te laten. Ook kun je ervoor kiezen wel persoonsgegevens
				achter te laten, maar geen (digitale) post van Barber te ontvangen.
				Bij het maken van een afspraak, zijn wel altijd enkele persoonsgegevens nodig om de afspraak te
				verwerken en te kunnen bevestigen of wijzigen.
				Wanneer je gebruikt wenst te maken van de services van de Barber Card (klantenkaart), hebben wij
				ter identificatie ten minste je voor- en achternaam nodig, omdat het een persoonsgebonden kaart
				betreft.
				Wanneer je gebruik maakt van onze online diensten, dan worden de gegevens die je via de website
				achterlaat gematcht of toegevoegd aan een eventueel reeds bestaand klantprofiel en klanthistorie in
				ons klantregistratiesysteem Barber Totaal.
				Verder is het mogelijk dat je ons benadert met vragen en/of klachten per post, e-mail, social media
				of telefonisch. Wij zullen in dat geval contact met jou opnemen om de vraag of klacht te behandelen.
				Tot slot is het mogelijk dat wij gegevens van jou verzamelen middels prijsvragen, en andere acties
				waar je aan deelgenomen hebt, of wanneer je hebt deelgenomen aan een markt- of klantonderzoek.
				Daarnaast kunnen er ook nog gegevens verzameld worden via onze website en social media kanalen
				(zoals Facebook, Instagram en Pinterest), bijvoorbeeld wanneer jij contact met ons opneemt om
				vragen te stellen of wanneer jij reageert op een post van Barber of de Barber kapsalons. Deze
				gegevens gebruiken wij om te reageren op je bericht of om jou gerichte berichten of aanbiedingen
				van Barber te tonen op websites van derden of social media.
			</p>

			<p>
				Wanneer je gebruik maakt van onze website of de diensten in onze kapsalons, kunnen wij de
				volgende gegevens van jou verwerken (mede-afhankelijk van de gegevens die je zelf invult door
				bijvoorbeeld een bestelling te plaatsen, een afspraak te boeken via onze website, deel te nemen aan
				prijsvragen of acties, je aan te melden voor de Barber nieuwsbrief en klantenonderzoek of
				gegevens die je zelf achterlaat in een Barber kapsalon):

				▪ Naam en Voorna(a)m(en);
				▪ Geslacht;
				▪ (factuur)Adres;
				▪ Geboortedatum;
				▪ Telefoonnummer;
				▪ Email adres;
				▪ Behandelhistorie;
				▪ Technische gegevens van de apparatuur die jij gebruikt (bijvoorbeeld van jouw
				smartphone/laptop/tablet of een kiosk uit de winkel), zoals IP-adres, MAC-adres en de gebruikte
				software;
				▪ Je surfgedrag op de website, waaronder muis- en klikgedrag en de duur en tijd van jouw bezoek
				op onze website;
				▪ Betaalgegevens;
				▪ Aankoopgeschiedenis;
				▪ Inloggegevens van jouw account (NB bij de aankoop van producten bieden we ook de optie om in
				te loggen met je Facebook inloggegevens).
				Bovenstaande gegevens worden gebruikt voor de volgende doeleinden:
				▪ om jou de mogelijkheid te bieden producten te bestellen via onze website en gebruik te maken
				van alle functionaliteiten en diensten op de website;
				▪ om jouw bestelling te verwerken, toe te zenden en je te informeren over het verloop daarvan;
				▪ om jouw online gemaakte afspraak te verwerken, deze te bevestigen en indien nodig te wijzigen
				en deze toe te voegen aan jouw klantgegevens en klanthistorie in ons klantregistratiesysteem;
				▪ om met jou te communiceren door middel van het verzenden van digitale nieuwsbrieven en/of
				post;
				▪ om jou gepersonaliseerde advertenties en content aan te bieden op de website van Barber,
				websites van derden en via social media op basis van jouw interesses en jouw (online)
				aankoopgeschiedenis;
				▪ om jou gepersonaliseerde nieuwsbrieven en aanbiedingen te versturen op basis van jouw
				interesses en jouw (online) aankoopgeschiedenis (zie ook het kopje profilering);
				▪ om jouw gegevens te verwerken voor mogelijke deelname aan prijsvragen en andere acties,
				zodat we je kunnen bereiken wanneer je iets gewonnen hebt;
				▪ om jouw vragen te beantwoorden of jouw klachten te behandelen via social media, e-mail, per
				post of telefonisch;
				▪ om (op individueel niveau) onze website, kapsalons, assortiment en onze dienstverlening zowel
				in de winkel als online te verbeteren. Dit doen wij op basis van: jouw voorkeuren, uitgevoerde
				markt- en klantonderzoeken en het gebruik van onze website door bezoekers;
				▪ om jouw sollicitatie om bij Barber te komen werken te registreren, in behandeling te nemen en
				hierop te reageren; in eerste instantie door de Barber kapsalon (of het hoofdkantoor) waarbij
				wordt gesolliciteerd. De sollicitatie en ingevulde persoonsgegevens van een sollicitant die niet in
				dienst wordt genomen, kunnen gedeeld worden met andere Barber kapsalons met als doel dat
				zij de sollicitant mogelijk wel een baan kunnen aanbieden.
				Barber verzamelt en verwerkt deze persoonsgegevens, die verstrekt worden door de
				bezoeker/klant bij het aangaan van de overeenkomst, toestemming of gerechtvaardigd belang.
				Het verstrekken van deze persoonsgegevens ten behoeve van een online aankoop in de Barber
				webshop of het maken van een afspaak is verplicht en een noodzakelijke voorwaarde om met Barber
				Hair een overeenkomst te sluiten. Wanneer deze gegevens niet worden verstrekt zal Barber 

				mogelijk niet kunnen voldoen aan de verplichtingen die wij hebben op grond van jouw overeenkomst
				of kunnen wij jou niet goed in staat stellen om aan jouw eigen verplichtingen te voldoen.
				Bewaartermijnen
				Jouw gegevens worden bewaard tot zeven jaar na het doen van een aankoop of het laatste bezoek
				aan één van onze kapsalons of de website, ten behoeve van bijvoorbeeld analyse doeleinden,
				commerciële doeleinden zoals suggesties voor herhaalaankoop en de gestelde bewaartermijn van
				administratie door de Belastingdienst.
				Videobeelden
				Om de veiligheid van onze klanten, medewerkers en eigendommen te waarborgen, leggen we in
				verschillende Barber kapsalons camerabeelden vast. We houden een maximale bewaartermijn van
				3 weken aan, tenzij er sprake is van een incident.
				Verstrekking aan derden
				Barber schakelt bij de uitvoering van haar dienstverlening en andere bedrijfsactiviteiten in bepaalde
				gevallen derden in, indien dat noodzakelijk is voor de uitvoering van de doeleinden die in deze
				Privacy Verklaring zijn opgenomen. Denk hierbij bijvoorbeeld aan:
				▪ Postorderbedrijf, voor het bezorgen van jouw bestelling;
				▪ Hostingpartij van de website inclusief de developer;
				▪ Betaalprovider, voor het verzorgen van betalingen en terugbetalingen;
				▪ Verwerker en hostingpartij van het klantregistratie-, kassa en afsprakensysteem Barber Totaal, voor
				het verwerken van de persoonsgegevens en behandelingshistorie in het klantprofiel,
				afspraakgegevens of online aankopen;
				▪ Drukkerij en bezorgpartner, voor het drukken en bezorgen van gepersonaliseerde nieuwsbrieven
				of aanbiedingen per post;
				▪ Onderzoeksbureau, voor het uitvoeren en verwerken van klanttevredenheidsonderzoek (je hebt
				altijd de mogelijkheid om je feedback anoniem te laten verwerken, kies je hier niet voor dan
				worden je persoonsgegevens na 1 kalenderjaar automatisch geanonimiseerd bij onze partner).
				Voor zover derden bij het uitvoeren van de betreffende diensten en bedrijfsactiviteiten je gegevens
				verwerken, doen zij dit in de hoedanigheid van verwerker voor Barber en heeft Barber de vereiste
				technische en organisatorische maatregelen getroffen om te verzekeren dat je gegevens uitsluitend
				voor bovenstaande doeleinden worden verwerkt en hiertoe indien nodig een
				verwerkersovereenkomst afgesloten.
				Barber schakelt ook derden zoals Google en DoubleClick in voor het analyseren van de gegevens
				over jouw websitegebruik en voor het personaliseren van de website en communicatie, en het tonen
				van relevante aanbiedingen en advertenties op onze website, websites van derden en social media.
				Wanneer jij terugkoppeling geeft over een salon en aangeeft hierop een reactie te wensen,
				bijvoorbeeld in het geval van een klacht, dan delen wij je contactgegevens met de franchisenemer of
				verantwoordelijke medewerker in de Barber kapsalon.
				Via het klantregistratiesysteem Barber Totaal delen wij je gegevens met de Barber kapsalons.
				Medewerkers hebben enkel in de Barber kapsalon toegang tot jouw klantprofiel, persoonsgegevens
				en behandelingshistorie, denk hierbij aan gegevens over een kleurbehandeling, geknipte coupe of
				productverbruik. Door deze gegevens kunnen we jou persoonlijker benaderen en bij nieuwe
				behandelingen beter van dienst zijn. Dit klantregistratiesysteem bevat tevens onze kassa, waarmee
				wij de behandeling met jou kunnen afrekenen. 

				Franchisenemers, geautoriseerde medewerkers in een leidinggevende functie en enkele
				medewerkers van het Barber hoofdkantoor hebben ook toegang tot het klantregistratiesysteem en
				jouw klantinformatie ten behoeve van administratieve taken, marketingdoeleinden, onderhoud van
				het systeem en analyse.
				Verder zullen wij de door jou verstrekte gegevens niet aan andere partijen verstrekken indien jij
				hiervoor geen toestemming hebt gegeven, tenzij dit wettelijk verplicht of toegestaan is. Zo is het
				bijvoorbeeld mogelijk dat de politie in het kader van fraudeonderzoek gegevens bij ons opvraagt. In
				dat geval zijn wij wettelijk verplicht deze gegevens af te geven. Barber zal in dergelijke gevallen
				passende maatregelen nemen die redelijkerwijs nodig zijn om te waarborgen dat je gegevens zo
				goed mogelijk worden beschermd.
				Barber geeft Persoonsgegevens in beginsel niet door aan landen buiten de Europese Economische
				Ruimte of internationale organisaties, tenzij dit noodzakelijk is voor het uitvoeren van de
				(koop)overeenkomst. Mocht dit om andere redenen gebeuren, dan zal Barber vaststellen of sprake
				is van een adequaatheidsbesluit in de zin van de toepasselijke regelgeving, en indien een dergelijk
				besluit er niet is, zal alleen sprake zijn van doorgeven van Persoonsgegevens indien er passende of
				geschikte waarborgen zijn. In situaties van het doorgeven van Persoonsgegevens kan jij om een kopie
				van deze stukken verzoeken via info@barber.nl.
				Nieuwsbrief, aanbiedingen en klantonderzoek
				Wij kunnen, indien jij hiervoor mondeling toestemming hebt gegeven in onze kapsalons of je hebt
				aangemeld via de website, per e-mail onze nieuwsbrief en aanbiedingen toesturen. Afmelden voor
				de nieuwsbrief, aanbiedingen en andere geautomatiseerde e-mail van Barber kan ten aller tijden
				door op de uitschrijflink onderaan iedere Nieuwsbrief te klikken, dit in de kapsalon aan te geven of
				door een e-mail te sturen aan info@barber.nl. Houd er rekening mee dat de verwerking in ons
				systeem maximaal een week kan duren en dat je gegevens wel bewaard blijven, maar je alleen wordt
				afgemeld voor onze geautomatiseerde e-mails.
				Als je wilt dat wij je gegevens volledig verwijderen of anonimiseren, dan kan dit door ons een e-mail
				te sturen via info@barber.nl of een verzoek in te dienen in een Barber kapsalon. We kunnen je in
				dit geval vragen jezelf te identificeren, bijvoorbeeld door enkele persoonsgegevens te verifiëren of
				een kopie van je rijbewijs, identiteitskaart, of paspoort mee te sturen bij je verzoek.
				Als je jonger bent dan 16 jaar
				Als je jonger bent dan 16 jaar, mag je slechts persoonsgegevens aan Barber verstrekken indien één
				van je ouders of een wettelijke vertegenwoordiger die dit privacybeleid heeft gelezen ons hiervoor
				namens jou toestemming geeft. Wij verzoeken je daarom geen gegevens aan ons te verstrekken
				indien je jonger bent dan 16 jaar en geen toestemming hebt gekregen.
				Profilering
				Wij combineren jouw persoonsgegevens uit verschillende bronnen met elkaar, om jou de beste
				(online) winkelervaring te kunnen bieden. Dit doen wij door diverse gegevens van jou aan elkaar te
				koppelen, zoals jouw accountgegevens, jouw aankoopgeschiedenis, maar ook jouw surfgedrag op
				onze website op verschillende apparaten, zoals je computer, smartphone of tablet. Het is tevens
				mogelijk dat wij jouw gegevens aanvullen of optimaliseren met gegevens uit openbare bronnen zoals
				het kadaster of bronnen waarbij jij toestemming hebt gegeven voor het door Barber beoogde
				gebruik. Dit doen wij enkel wanneer dit wettelijk gezien is toegestaan.
				Door jouw gegevens te combineren uit verschillende bronnen, kunnen wij gepersonaliseerde
				aanbiedingen en gepersonaliseerde content tonen op onze website of websites van derden, die
				aansluiten bij jouw interesses en aankoopgeschiedenis. Op deze wijze kunnen wij betere en
				gerichtere aanbiedingen doen.

				Bij het verzamelen en combineren van je gegevens maken we gebruik van cookies. Cookies maken
				het onder andere mogelijk om gepersonaliseerde aanbiedingen van Barber op externe websites te
				tonen, dus op websites die niet van Barber zijn. Wij kunnen aan de hand van cookies zien welke
				advertenties op externe websites aan jou zijn getoond en of jij ze hebt bekeken of niet. Wil je meer
				weten over cookies? Lees dan onze cookieverklaring, toegevoegd aan en hiermee onderdeel van dit
				Privacybeleid.
				Cookies accepteren
				Als je alle functionaliteiten op onze website wilt gebruiken is het nodig dat je onze cookies
				accepteert. Bij je eerste bezoek zie je een venster waarmee je de cookies kunt accepteren. Door het
				venster te sluiten of door verder te gaan op onze website, accepteer je cookies van de website niet.
				Door gebruik te maken van de webshop of het online afsprakenboek, accepteer je automatisch en
				zonder actieve goedkeuring de functionele cookies die nodig zijn om deze onderdelen van de website
				te laten werken.
				Afmelden cookies
				Wil je onze cookies verwijderen of wil je voorkomen dat cookies überhaupt op je computer komen?
				Bekijk dan hier hoe je cookies uitschakelt in Internet Explorer, Firefox, Safari en Google Chrome.
				Beveiliging persoonsgegevens
				Barber hecht grote waarde aan de beveiliging van persoonsgegevens. Wij zijn bovendien op grond
				van de wet verplicht om te zorgen voor een deugdelijke beveiliging van jouw persoonsgegevens. Om
				die reden hebben wij – onder meer en waar passend – de volgende passende technische en
				organisatorische maatregelen getroffen ter bescherming van jouw persoonsgegevens:
				▪ Persoonsgegevens worden beschermd verzonden naar onze data partners;
				▪ Hantering van een goed wachtwoordenbeleid;
				▪ Het inrichten van autorisaties;
				▪ Persoonsgegevens worden opgeslagen op servers van Barber of worden onder adequate
				beveiliging gehost bij leveranciers waarmee Barber een verwerkingsovereenkomst heeft
				gesloten;
				▪ Het is mogelijk om te allen tijde de vertrouwelijkheid, integriteit, beschikbaarheid en veerkracht
				van de verwerkingssystemen en diensten te garanderen;
				▪ Het inrichten van een procedure voor het op gezette tijdstippen testen, beoordelen en evalueren
				van de doeltreffendheid van de getroffen beveiligingsmaatregelen;
				▪ Het is mogelijk om bij een fysiek of technisch incident de beschikbaarheid van en de toegang tot
				de Persoonsgegevens tijdig te herstellen of indien nodig te blokkeren;
				▪ Wij lichten onze medewerkers in over hoe zij volgens de wetgeving zorgvuldig dienen om te gaan
				met persoonsgegevens en zij tekenen een geheimhoudingsverklaring.
				SSL
				Barber maakt gebruik van gecertificeerde SSL verbindingen (het Secure Socket Layer - Protocol)
				voor de website tijdens het bestelproces en alle contactformulieren.
				Inzage en wijzigen van jouw gegevens
				Indien je persoonsgegevens aan ons hebt verstrekt, is het ten aller tijden mogelijk om je
				klantgegevens zoals geregistreerd in ons klantregistratiesysteem Barber Totaal op te vragen, te laten
				wijzigen, aanvullen, anonimiseren en/of jezelf af te melden voor directe communicatie van Barber
				aan jou via e-mail en post. Dit doe je door een verzoek te sturen naar:
				Barber hoofdkantoor, Oostervenn 397, 1444XN te Purmerend of info@barber.nl.

				We kunnen je in dit geval vragen jezelf te identificeren, bijvoorbeeld door een kopie van je rijbewijs,
				identiteitskaart, of paspoort mee te sturen bij je verzoek of enkele persoonsgegevens te delen zodat
				we deze kunnen verifiëren.
				Indien je wilt reageren op dit privacybeleid, dan kan dit ook via bovengenoemde contactgegevens.
				Wijzigingen in dit privacybeleid
				Wij kunnen dit privacybeleid van tijd tot tijd wijzigen. Wijzigingen zullen op onze website worden
				gepubliceerd. Het is daarom aan te raden om dit privacybeleid geregeld te raadplegen, zodat je van
				deze wijzigingen op de hoogte bent.
				Wij bieden 100% tevredenheidsgarantie. Lees hier meer over deze dienstverlening en de
				voorwaarden.
				Indien je vragen of klachten hebt over onze dienstverlening of producten, dan kun je contact
				opnemen met jouw Barber kapsalon of via bovengenoemde contactgegevens met het Barber
				hoofdkantoor. Onze Barber medewerkers helpen je graag verder.
			</p>

			<h1 id='cookies'>Barber COOKIEBELEID</h1>
			<p>
				Barber maakt gebruik van cookies en overige technieken zoals JavaScripts en web beacons op haar
				websites. Omdat wij jouw privacy willen waarborgen én de gebruiksvriendelijkheid van jouw
				bezoek(en) aan onze websites willen verbeteren, vinden wij het belangrijk dat je weet hoe en
				waarom wij cookies gebruiken.
				Hieronder proberen wij je zoveel mogelijk informatie te verschaffen over het gebruik van cookies
				door Barber gebruikt worden.
				Wie is verantwoordelijk voor de verwerking van je gegevens?
				Last Haarmode 2000 BV h/o Barber gevestigd aan de Oostervenn 397, 1444XN te Purmerend, is de
				verantwoordelijke voor de verwerking van gegevens zoals beschreven in dit cookiebeleid.
				Wat zijn cookies?
				Cookies zijn kleine, eenvoudige tekstbestandjes die jouw computer of mobiele apparaat opslaat
				wanneer je één van onze websites gebruikt.
				Wat zijn de overige technieken?
				JavaScripts en web beacons zijn standaard internet technieken die samen met cookies zorgen dat
				een systeem informatie kan verzamelen (JavaScripts), deze in kleine, eenvoudige tekstbestandjes kan
				opslaan (cookies) en vervolgens kan versturen (web beacons).
				Cookies en overige technieken worden gebruikt bij vrijwel alle bestaande websites. Door gebruik te
				maken van cookies zorgen wij er bijvoorbeeld voor dat:
				▪ Het surfen op de websites van Barber leuker en makkelijker voor je wordt;
				▪ Je bij jouw bezoek aan onze websites niet steeds dezelfde informatie ontvangt of moet invoeren;
				▪ We je speciale functionaliteiten kunnen aanbieden zoals de favorieten functie in de webshop;
				▪ We kunnen meten hoe onze websites worden gebruikt en waar we deze nog kunnen verbeteren;
				▪ We advertenties kunnen tonen waarvan wij denken dat jij die interessant zult vinden;
				▪ We kunnen registreren hoe vaak een advertentie wordt vertoond om zo de advertenties beter op
				jouw behoeften en interesses af te stemmen en te voorkomen dat je een bepaalde advertentie
				te vaak ziet.
				Jouw keuzes
				Alleen als je hier vooraf toestemming voor hebt gegeven, plaatsen wij cookies en werken we met
				andere technieken waarvoor deze toestemming wettelijk is vereist, zoals social media-, advertentieen personaliseringsdoeleinden. Je kunt zelf beslissen of je cookies wilt accepteren of weigeren. Ook
				kun je je toestemming voor cookies altijd weer intrekken.
				Als je helemaal geen cookies wilt ontvangen, kun je de instellingen van jouw internetbrowser
				aanpassen om het gebruik van cookies volledig te blokkeren. Sommige functionaliteiten worden dan
				uitgeschakeld, zoals 'online bestellen'. Je kunt nog wel de website raadplegen voor informatie. Ook
				kun je de instellingen van jouw internetbrowser aanpassen zodat je browser je op de hoogte stelt
				wanneer er een cookie wordt geplaatst.
				Cookies van derden
				Via onze websites worden ook cookies van derden geplaatst. Op het gebruik van cookies door andere
				bedrijven is het privacy- en cookiebeleid van het desbetreffende bedrijf van toepassing.

				Welke cookies gebruiken wij?
				Hieronder lees je meer over de cookies die gebruikt worden door en via onze website en voor welke
				doeleinden wij deze cookies gebruiken. Aan het eind van deze cookieverklaring vind je een lijst met
				alle cookies die wij gebruiken en waarvoor.
				Functionele cookies:
				Functionele cookies zorgen ervoor dat onze websites correct kunnen functioneren. Denk
				bijvoorbeeld aan:
				▪ De producten die jij aan jouw online winkelmand toevoegt tijdens het online winkelen worden
				onthouden en opgeslagen;
				▪ De informatie die je invult op de verschillende pagina's tijdens het afrekenen of bestellen wordt
				onthouden, evenals of je bent ingelogd, zodat je niet steeds al jouw gegevens opnieuw hoeft in
				te vullen;
				▪ Je veilig kunt winkelen op de websites;
				▪ Je de mogelijkheid hebt jouw inloggegevens op te slaan zodat je deze niet iedere keer opnieuw
				hoeft in te voeren.
				Voor gebruik van functionele of noodzakelijke cookies die geen of slechts beperkte gevolgen hebben
				voor je privacy is geen toestemming vereist. Deze cookies kunnen dan ook niet worden
				uitgeschakeld.
				Analytics cookies:
				Met Analytics cookies verzamelen wij statistieken van de gebruikers van onze websites. Door website
				gebruik te meten kunnen wij onze websites blijven verbeteren in het voordeel van onze gebruikers.
				Wij gebruiken Google Analytics op twee manieren. Ten eerste gebruiken wij Google Analytics voor
				het genereren van statistieken over bezoeken aan onze website. Dit gebeurt met een daarvoor
				bedoeld webanalyse systeem. In dit kader hebben wij met Google een bewerkersovereenkomst
				gesloten, waarin onder andere is neergelegd dat het Google niet is toegestaan de verkregen
				gegevens te delen. Indien je daarvoor toestemming geeft, gebruiken wij tevens een variant van
				Google Analytics, waarbij de via Google Analytics verkregen gegevens wel worden gedeeld met
				andere Google diensten.
				Onder meer de volgende gegevens worden middels cookies in het webanalyse systeem opgeslagen:
				▪ Het IP-adres (waarbij, bij gebruik van Google Analytics voordat we jouw toestemming hebben
				verkregen, het laatste octet is gemaskeerd);
				▪ Technische kenmerken zoals de browser die je gebruikt (zoals Chrome of Internet Explorer) en de
				resolutie van jouw computerscherm;
				▪ Vanaf welke pagina je op de Barber website bent gekomen;
				▪ Wanneer en hoe lang je de website van Barber bezoekt of gebruikt;
				▪ Of je gebruik maakt van functionaliteiten van de website. Bijvoorbeeld of je online een afspraak
				boekt of dat je een aankoop doet in de webshop.
				▪ Welke pagina's je bezoekt op barber.nl;
				▪ Jouw interactie met de producten die door Barber aan jou worden getoond;
				▪ De door jou genomen stappen binnen een bestelproces.
				Waar gebruiken wij deze cookies o.a. voor?
				▪ Voor het bijhouden van het aantal bezoekers op onze webpagina's;
				▪ Om te beoordelen welke delen van onze sites aanpassing behoeven;
				▪ Om de verzamelde gegevens te gebruiken voor andere Google diensten (enkel na toestemming);
				▪ Voor het optimaliseren van onze websites in het algemeen.

				Marketing cookies:
				Marketing cookies worden geplaatst op de website om bezoekers te volgen (tracken) en informatie
				over hun websitegedrag te verzamelen. Hierbij maken wij gebruik van diensten van derden.
				Social media cookies zijn een voorbeeld van dit soort cookies die functionaliteiten van social media
				via websites mogelijk maken. Denk hierbij aan een 'like'-knop voor Facebook of het bekijken van
				video's via Youtube
				Hoe werken social media en cookies van derden?
				Social media en cookies van derden worden door of via de social media websites zelf geplaatst.
				Wanneer je op onze website of binnen onze apps een social media button aanklikt, wordt een social
				media cookie geplaatst. De social media partij kan jouw IP adres herkennen op het moment dat je
				een deel van onze website of een video wilt delen. Voor de cookies die de social media partijen
				plaatsen en de data die zij hiermee verzamelen, verwijzen wij naar de verklaringen die deze partijen
				op hun eigen websites daarover geven.
				We raden je aan onderstaande privacy- en cookieverklaringen regelmatig te raadplegen:
				▪ Facebook
				▪ Google+ / Youtube
				▪ Instagram
				Advertentie cookies:
				Barber of geselecteerde mediabureaus, namens Barber, plaatsen advertenties op externe sites.
				De meeste advertenties slaan cookies op.
				De advertentie cookies maken het mogelijk dat:
				▪ We kunnen bijhouden of je op de advertenties klikt;
				▪ We kunnen bijhouden of je bestellingen plaatst nadat je een advertentie hebt gezien of hierop
				hebt geklikt;
				▪ We jouw (online) surf-, zoek-, en koopgedrag kunnen combineren;
				▪ We op basis van de (gecombineerde) gegevens segmenten kunnen (laten) opbouwen.
				Browserinstellingen
				Als je niet wilt dat websites cookies op jouw computer kunnen opslaan, pas dan jouw
				browserinstellingen aan. Je krijgt dan een waarschuwing voordat er cookies worden geplaatst. Je
				kunt je instellingen ook dusdanig aanpassen dat je browser alle cookies of alleen de cookies van
				derde partijen weigert. Je kunt cookies die al geplaatst zijn ook verwijderen. Let erop dat je de
				instellingen apart voor elke browser en computer die je gebruikt moet aanpassen.
				Wij willen je er op attenderen dat als je geen gebruik wilt maken van cookies, wij helaas niet kunnen
				garanderen dat onze website goed werkt. Het kan zijn dat enkele functies van de site verloren gaan
				of dat je bepaalde websites zelfs helemaal niet meer kunt zien. Daarnaast betekent het weigeren van
				cookies ook niet dat je geen advertenties meer te zien krijgt. De advertenties zijn dan alleen niet
				meer aangepast op jouw interesses en worden vaker herhaald.
				Hoe je je instellingen kunt aanpassen of cookies kunt verwijderen, verschilt per browser. Klik op één
				van de onderstaande iconen om direct naar de handleiding van je browser te gaan of raadpleeg
				indien nodig de helpfunctie van jouw browser.
				▪ Chrome
				▪ Internet Explorer
				▪ Safari
				▪ Firefox cookies verwijderen / cookies instellingen aanpassen
				Wil je cookies van specifieke partijen uitzetten, dan kan dat via www.youronlinechoices.com.
			</p>
			<p>
				Privacybeleid van Barber
				In ons privacybeleid vind je meer informatie over hoe Barber met jouw privacy omgaat. Dit
				cookiebeleid maakt onderdeel uit van het Barber privacybeleid
				Wijzigingen
				Wij zullen onze verklaringen aanpassen wanneer onze websites of de regels rondom cookies
				wijzigen. Deze cookieverklaring maakt onderdeel uit van de Barber Privacyverklaring.
				Vragen?
				Heb je een vraag of een klacht over het gebruik van cookies door Barber of wil je graag reageren op
				ons cookiebeleid? Dan kun je contact opnemen met de Barber via info@barber.nl.
				Dit cookiebeleid is laatst gewijzigd op 09 september 2019.
			</p>
		</div>
		)
}

export default Legal

