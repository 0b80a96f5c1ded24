@extends('layouts.continuation')

@section('title', 'Privacybeleid')

@section('content')
<p><a href="/">Fotoclub InFocus</a>, gevestigd aan Mozartlaan 15, 8031 AA Zwolle, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.</p>
<p>Contactgegevens:<br/>
    <a href="/">https://fotoclubinfocus.nl/</a><br/>
    Mozartlaan 15, 8031 AA Zwolle<br/>
    <a href="tel:+31 6 12345678">+31 6 12345678</a><br/>
    H. de Boer is de Functionaris Gegevensbescherming van Fotoclub InFocus. Hij/zij is te bereiken via <a href="mailto:privacy@fotoclubinfocus.nl">privacy@fotoclubinfocus.nl</a></p>
<br/>
<h4>Persoonsgegevens die wij verwerken</h4>
<p>Fotoclub InFocus verwerkt uw persoonsgegevens doordat u gebruik maakt van onze diensten en/of omdat u deze zelf aan ons verstrekt.</p>
<p>Hieronder vindt u een overzicht van de persoonsgegevens die wij verwerken:<br/>
    - Voor- en achternaam<br/>
    - Geboortedatum<br/>
    - E-mailadres<br/>
    - Gegevens over uw activiteiten op onze website</p>
<br/>
<h4>Bijzondere en/of gevoelige persoonsgegevens die wij verwerken</h4>
<p>Onze website en/of dienst heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar. Tenzij ze toestemming hebben van ouders of voogd. We kunnen echter niet controleren of een bezoeker ouder dan 16 is. Wij raden ouders dan ook aan betrokken te zijn bij de online activiteiten van hun kinderen, om zo te voorkomen dat er gegevens over kinderen verzameld worden zonder ouderlijke toestemming. Als u er van overtuigd bent dat wij zonder die toestemming persoonlijke gegevens hebben verzameld over een minderjarige, neem dan contact met ons op via <a href="mailto:privacy@fotoclubinfocus.nl">privacy@fotoclubinfocus.nl</a>, dan verwijderen wij deze informatie.</p>
<br/>
<h4>Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken</h4>
<p>Fotoclub InFocus verwerkt uw persoonsgegevens voor de volgende doelen:<br/>
    - U te kunnen bellen of e-mailen indien dit nodig is om onze dienstverlening uit te kunnen voeren<br/>
    - U de mogelijkheid te bieden een account aan te maken</p>
<br/>
<h4>Geautomatiseerde besluitvorming</h4>
<p>Fotoclub InFocus neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen. Het gaat hier om besluiten die worden genomen door computerprogramma’s of -systemen, zonder dat daar een mens (bijvoorbeeld een medewerker van Fotoclub InFocus) tussen zit.</p>
<br/>
<h4>Hoe lang we persoonsgegevens bewaren</h4>
<p>Fotoclub InFocus bewaart uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor uw gegevens worden verzameld. Wij hanteren de volgende bewaartermijnen voor de volgende (categorieën) van persoonsgegevens:</p>
<p>(Categorie) persoonsgegevens &#8250; Bewaartermijn: max. vijf jaar<br/>
<br/>
<h4>Delen van persoonsgegevens met derden</h4>
<p>Fotoclub InFocus verstrekt uitsluitend aan derden en alleen als dit nodig is voor de uitvoering van onze overeenkomst met u of om te voldoen aan een wettelijke verplichting.</p>
<br/>
<h4>Cookies, of vergelijkbare technieken, die wij gebruiken</h4>
<p>Fotoclub InFocus gebruikt functionele, analytische en tracking cookies. Een cookie is een klein tekstbestand dat bij het eerste bezoek aan deze website wordt opgeslagen in de browser van uw computer, tablet of smartphone. Fotoclub InFocus gebruikt cookies met een puur technische functionaliteit. Deze zorgen ervoor dat de website naar behoren werkt en dat bijvoorbeeld uw voorkeursinstellingen onthouden worden. Deze cookies worden ook gebruikt om de website goed te laten werken en deze te kunnen optimaliseren. Daarnaast plaatsen we cookies die uw surfgedrag bijhouden zodat we op maat gemaakte content en advertenties kunnen aanbieden.</p>
<p>Bij uw eerste bezoek aan onze website hebben wij u al geïnformeerd over deze cookies en toestemming gevraagd voor het plaatsen ervan.</p>
<p>U kunt zich afmelden voor cookies door uw internetbrowser zo in te stellen dat deze geen cookies meer opslaat. Daarnaast kunt u ook alle informatie die eerder is opgeslagen via de instellingen van uw browser verwijderen.</p>
<p>Zie voor een toelichting: <a href="https://veiliginternetten.nl/themes/situatie/cookies-wat-zijn-het-en-wat-doe-ik-ermee/">https://veiliginternetten.nl/themes/situatie/cookies-wat-zijn-het-en-wat-doe-ik-ermee/</a></p>
<br/>
<h4>Gegevens inzien, aanpassen of verwijderen</h4>
<p>U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen. Dit kunt u zelf doen via de persoonlijke instellingen van uw account. Daarnaast heeft u het recht om uw eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van uw persoonsgegevens door ons bedrijf en heeft u het recht op gegevensoverdraagbaarheid. Dat betekent dat u bij ons een verzoek kunt indienen om de persoonsgegevens die wij van u beschikken in een computerbestand naar u of een ander, door u genoemde organisatie, te sturen.</p>
<br/>
<p>Wilt u gebruik maken van uw recht op bezwaar en/of recht op gegevensoverdraagbaarheid of heeft u andere vragen/opmerkingen over de gegevensverwerking, stuur dan een gespecificeerd verzoek naar <a href="mailto:privacy@fotoclubinfocus.nl">privacy@fotoclubinfocus.nl</a>.</p>
<p>Om er zeker van te zijn dat het verzoek tot inzage door u is gedaan, vragen wij u een kopie van uw identiteitsbewijs bij het verzoek mee te sturen. Maak in deze kopie uw pasfoto, MRZ (machine readable zone, de strook met nummers onderaan het paspoort), paspoortnummer en Burgerservicenummer (BSN) zwart. Dit ter bescherming van uw privacy. Fotoclub InFocus zal zo snel mogelijk, maar in ieder geval binnen vier weken, op uw verzoek reageren.</p>
<br/>
<p>Fotoclub InFocus wil u er tevens op wijzen dat u de mogelijkheid hebt om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens. Dat kan via de volgende link: <a href="https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons">https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons</a></p>
<br/>
<h4>Hoe wij persoonsgegevens beveiligen</h4>
<p>Fotoclub InFocus neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik, verlies, onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan. Als u de indruk heeft dat uw gegevens niet goed beveiligd zijn of er aanwijzingen zijn van misbruik, neem dan contact op via <a href="mailto:privacy@fotoclubinfocus.nl">privacy@fotoclubinfocus.nl</a></p>
@endsection