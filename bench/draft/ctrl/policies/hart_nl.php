<?php

return [
    [
        'id' => 1,
        'key' => 'copyright',
        'title' => 'Copyright',
        'content' => '<p>Alle inhoud op deze website is auteursrechtelijk beschermd door Vereniging HART Muziekschool, tenzij anders vermeld.</p>',
        'searchable' => true,
        'slug' => '/static/copyright',
        'explainer' => 'Inhoud voor pagina Copyright.',
        'cover_image' => '/bestand/static/copyright',
    ],
    [
        'id' => 2,
        'key' => 'about',
        'title' => 'Over de vereniging',
        'searchable' => true,
        'content' => '',
        'slug' => '/static/about',
        'explainer' => 'Inhoud voor pagina Over Vereniging HART Muziekschool.',
        'cover_image' => '/bestand/static/about',
    ],
    [
        'id' => 3,
        'key' => 'association',
        'title' => 'Vereniging & Bestuur',
        'content' => '<h3>Het bestuur:</h3>
    <ul>
        <li>Voorzitter: Thijs Peters</li>
        <li>Penningmeester: Jos Eliëns</li>
        <li>Secretaris: Maartje Keijzer</li>
        <li>Algemeen lid: Masja Koperberg</li>
        <li>Algemeen lid: Vincent van Amsterdam</li>
        <li>Algemeen lid: Bob Kanne</li>
        <li>Algemeen lid: Marina Besselink</li>
    </ul>
    <p>
        Mocht er op bestuurlijk, organisatorisch of publicitair niveau een vraag of opmerking liggen, dan kunt u terecht via onderstaand formulier.
        Het gebruik van dit formulier voor aquisitie, reclamedoeleinden, aanbiedingen, verkoop van instrument op welk niveau dan ook wordt niet op prijs gesteld.
        Deze mails zullen dan ook onbehandeld direct worden verwijderd.
    </p>',
        'searchable' => true,
        'slug' => '/static/association',
        'explainer' => 'Inhoud voor pagina Vereniging & Bestuur.',
        'cover_image' => '/bestand/static/association',
    ],
    [
        'id' => 4,
        'key' => 'contact',
        'title' => 'Contact',
        'searchable' => true,
        'content' => '<p>Bij vragen over lessen, instrumenten, docenten etc. kunt u ons bereiken via onderstaand contactformulier. Onze collega Josien van der Tweel krijgt uw bericht dan, zij kan u ongetwijfeld verder helpen.</p>',
        'slug' => '/static/contact',
        'explainer' => 'Inhoud voor de pagina Contact',
        'cover_image' => '/bestand/static/contact',
    ],
    [
        'id' => 5,
        'key' => 'privacy',
        'searchable' => true,
        'title' => 'AVG / Privacy',
        'content' => '<b>Algemene Verordening Gegevensbescherming van Vereniging Hart Muziekschool Register verwerking Persoonsgegevens en Privacyverklaring</b>
    <p>
        N.B. Onderstaande gegevens kunnen per docent wisselen, maar vallen geheel onder de nieuwe wetgeving inzake persoonsgegevens. Docenten van de Vereniging Hart Muziekschool (hierna VHM) hanteren de volgende registratie van persoonsgegevens in twee zogenaamde registers:
    </p>
    <ol>
        <li>In de mailbox van de desbetreffende docent na inschrijving</li>
        <li>In het administratiepakket van de docent.</li>
    </ol>
    <p>
        De bij inschrijving opgegeven persoonsgegevens worden bewaard in beide hierboven genoemde registers: naam, adres, woonplaats, telefoonnummers en e-mailadressen van zowel de debiteur als van de leerling voor wie de lessen bedoeld zijn. Van de leerling wordt ook de geboortedatum opgevraagd. Deze informatie dient om de BTW leeftijd vast te kunnen stellen en om gewenste groepslessen naar leeftijd in te kunnen delen, zo ook om de lessen aan jonge kinderen op voorhand niet in de avonduren plaats te laten vinden. Van de debiteur(betalingsplichtige) kunnen ook de bankgegevens worden bewaard in verband met eventuele automatische incasso. Op het inschrijfformulier verklaart men zich middels het aanvinken van het daarvoor bestemde vakje akkoord met de Voorwaarden en het Privacy Protocol van VHM.
    </p>
    <p>
        De website van Vereniging Hart Muziekschool is voorzien van een SSL-certificaat.
    </p>
    <p>
        Algemene correspondentie over uitvoeringen, lesgeldtarieven en het nieuwe cursusjaar wordt zo veel als mogelijk per email gevoerd door de betreffende docent.
    </p>
    <b>
        Informatie aan derden:
    </b>
    <p>
        Alle door u aan ons verstrekte gegevens worden door vertrouwelijk behandeld en uitsluitend gebruikt voor de doeleinden waarvoor ze zijn verkregen en dus niet voor marketing of hiermee vergelijkbare doeleinden. 2. Slechts bij langdurige achterstallige betaling kan door een docent de incassering aan een incassobureau/deurwaarder worden uitbesteed, voorafgaand zijn er altijd meerdere betalingsherinneringen verstuurd: eerst per mail, vervolgens schriftelijk onder vermelding van een termijn, zegge de het laatste betalingsmoment waarna de schuld aan incassobureau/deurwaarder wordt overgedragen. Het aan het incassobureau of deurwaarder ter beschikking gestelde dossier bevat: originele aanmelding, de lesvoorwaarden waarmee de debiteur bij aanmelding akkoord is gegaan alsmede de correspondentie over de betreffende betalingsachterstand.
    </p>
    <b>
        Opslag gegevens
    </b>
    <p>
        Docenten van VHM bewaren de debiteurenadministratie voor ten hoogste 7 jaar. Dit is een deel van de de eisen die de fiscus stelt aan ondernemers. Uitzondering hierop betreft leerlingen die langer dan die genoemde periode ingeschreven wensen te staan.
    </p>
    <b>
        Secretariaat
    </b>
    <p>
        Matthijs Tuijn, secretaris van Hart Muziekschool, is in die hoedanigheid aangesteld als functionaris voor de Gegevensbescherming: info@hartmuziekschool.nl.
    </p>',
        'slug'=> '/static/avg',
        'explainer' => 'Inhoud voor de pagina AVG/Privacy.',
        'cover_image' => '/bestand/static/avg',
    ],
    [
        'id' => 6,
        'key' => 'locations',
        'title' => 'Locaties',
        'searchable' => true,
        'content' => 'Vereniging HART Muziekschool is gevestigd op verschillende adressen.',
        'slug' => '/static/locations',
        'explainer' => 'Inhoud voor de pagina Locaties.',
        'cover_image' => '/bestand/static/locations',
    ],
    [
        'id' => 7,
        'key' => 'home-title',
        'searchable' => false,
        'content' => '<h1 class="mb-2">Welkom bij HART Muziekschool</h1><p class="lead mb-0">Samen muziek maken, leren en beleven.</p>',
        'explainer' => 'De titel zoals weergegeven op de homepage.',
    ],
    [
        'id' => 8,
        'key' => 'home-news',
        'searchable' => false,
        'content' => '<h2>Nieuws & updates</h2>
<p>Welkom bij Vereniging HART Muziekschool. Hier lees je kort wat er speelt binnen onze vereniging.</p>

<h3>Nieuwe lesmogelijkheden</h3>
<p>We starten dit seizoen met extra groepslessen voor beginners en samenspel voor gevorderden.</p>
<ul>
    <li>Introductiecursus voor kinderen (7–10 jaar)</li>
    <li>Samenspel-ensemble op dinsdagavond</li>
    <li>Proeflessen op afspraak bij verschillende docenten</li>
    
</ul>

<h3>Agenda</h3>
<p>Komende maanden organiseren we open repetities en kleine uitvoeringen. Houd deze pagina in de gaten voor data en locaties.</p>
<p>Vragen? Neem gerust contact op via het formulier. We helpen je graag verder.</p>',
        'explainer' => 'Het nieuwsblok op de homepage.',
    ],
    [
        'id' => 9,
        'key' => 'teachers-index',
        'title' => 'Onze docenten',
        'searchable' => true,
        'content' => '<p>Maak kennis met onze ervaren en gepassioneerde docenten. Elke docent bij HART Muziekschool is een zelfstandig ondernemer met een eigen lespraktijk.</p>',
        'slug' => '/teacher/index',
        'explainer' => 'Inhoud bovenaan de docenten index pagina.',
        'cover_image' => null,
    ],
    [
        'id' => 10,
        'key' => 'courses-index',
        'title' => 'Ons lesaanbod',
        'searchable' => true,
        'content' => '<p>HART Muziekschool biedt een breed scala aan muzieklessen voor alle leeftijden en niveaus. Van klassiek tot pop, en van individuele lessen tot samenspel.</p>',
        'slug' => '/course/index',
        'explainer' => 'Inhoud bovenaan de cursussen index pagina.',
        'cover_image' => null,
    ],
    [
        'id' => 11,
        'key' => 'rental',
        'title' => 'Instrumentenverhuur',
        'searchable' => true,
        'content' => '<p>Heeft u zelf nog geen instrument? Geen probleem! Bij verschillende organisaties kunt u een instrument huren. Kijk bijvoorbeeld eens op <a href="https://www.muziekfonds.nl/" target="_blank">Muziekfonds.nl</a>.</p>',
        'slug' => '/static/instrument-rental',
        'explainer' => 'Inhoud voor de pagina Instrumentenverhuur.',
        'cover_image' => null,
    ],
    [
        'id' => 12,
        'key' => 'youth-fund',
        'title' => 'Jeugdfonds Sport & Cultuur',
        'searchable' => true,
        'content' => '<p>Het Jeugdfonds Sport & Cultuur maakt het mogelijk dat kinderen en jongeren uit gezinnen met weinig geld toch muzieklessen kunnen volgen. Voor meer informatie kunt u terecht op de website van het <a href="https://jeugdfondssportencultuur.nl/fondsen/haarlem/" target="_blank">Jeugdfonds Sport & Cultuur Haarlem</a>.</p>',
        'slug' => '/static/youth-fund',
        'explainer' => 'Inhoud voor de pagina Jeugdfonds Sport & Cultuur.',
        'cover_image' => null,
    ],
];
