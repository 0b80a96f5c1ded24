<?php
require_once 'common/bootstrap.php';
require_once 'common/header.php';
?>
<div id="content">
    <h2>Privacyverklaring</h2>

    <p>Wij respecteren de privacy van onze gebruikers. Wij verwerken persoonsgegevens alleen voor het doel waarvoor ze zijn verstrekt en in overeenstemming met de Wet Bescherming Persoonsgegevens en de Telecommunicatiewet.</p>

    <h3>Over ons</h3>

    <p>www.wikiportret.nl wordt beheerd door de Vereniging Wikimedia Nederland. De Vereniging Wikimedia Nederland is de verantwoordelijke voor de verwerking van uw persoonsgegevens in de zin van de Wet Bescherming Persoonsgegevens.</p>

    <p>Onze gegevens zijn:</p>

    <ul class="list">
        <li>Vereniging Wikimedia Nederland</li>
        <li>Mariaplaats 3
        <li>3511 LH Utrecht
        <li>Tel: 030 320 0238
        <li>KvK: 17189036
    </ul>

    <h3>Welke gegevens verzamelen we?</h3>

    <p>Wij verzamelen enkel de persoonsgegevens die u zelf aan ons verstrekt heeft of persoonsgegevens waarvoor u toestemming hebt gegeven aan ons om die gegevens te verzamelen. Dit kunnen onder meer zijn naam, e-mailadres en portretfoto en IP-adres.</p>

    <h3>Met welk doel gebruiken we de persoonsgegevens?</h3>

    <p>De gegevens worden verzameld en opgeslagen om het uploaden van portretfoto’s mogelijk te maken en om, indien noodzakelijk, medewerking te kunnen verlenen aan onderzoek naar vermeende inbreuken van auteursrecht. We verzamelen uw naam en e-mailadres bovendien voor communicatie naar aanleiding van de upload van de foto.</p>

    <h3>Met wie delen we uw persoonsgegevens?</h3>

    <p>Door het uploaden van een portretfoto via www.wikiportret.nl deelt u uw gegevens met onze overkoepelende Wikimedia Foundation Inc., de non-profit organisatie die alle Wikimedia sites beheert. Het privacybeleid van de Wikimedia Foundation Inc. vindt u <a href="https://meta.wikimedia.org/wiki/Privacy_policy/nl" target="_blank">hier</a>. Wij zullen niet zonder uw expliciete toestemming uw persoonsgegevens aan derden verstrekken, tenzij wij daartoe wettelijk verplicht zijn.</p>

    <h3>Beveiliging persoonsgegevens</h3>

    <p>De Vereniging Wikimedia Nederland heeft passende technische maatregelen genomen om persoonsgegevens te beveiligen tegen verlies of andere vormen van onrechtmatige verwerkingen. Deze maatregelen zorgen voor een beveiligingsniveau dat past bij de gegevens die wij verwerken.</p>

    <h3>Bewaartermijn</h3>

    <p>De Vereniging Wikimedia Nederland bewaart uw persoonsgegevens slechts voor zover dat nodig is voor de doelen vermeld in deze privacyverklaring of voor zover er een wettelijke verplichting bestaat de gegevens te bewaren en beschikbaar te houden.</p>

    <h3>Melding</h3>

    <p>De Vereniging Wikimedia Nederland heeft de verwerking van persoonsgegevens gemeld bij de hiervoor verantwoordelijke afdeling van de Autoriteit Persoonsgegevens.<!-- Het meldingsnummer is 000000. Met dit nummer kunt u de melding terugvinden in het meldingsregister. --></p>

    <h3>Cookies</h3>

    <p>Omdat we graag willen weten hoe onze bezoekers de website gebruiken, zodat we het gebruik van de website kunnen optimaliseren, gebruiken wij Google Analytics. Meer informatie over het privacy beleid van Google kunt u <a href="https://www.google.com/intl/en/policies/privacy/" target="_blank">hier</a> vinden..</p>

    <p><a href="javascript:gaOptout()" class="button">Klik hier voor een opt-out van Google Analytics op deze website</a></p>

    <h3>Inzagerecht</h3>

    <p>U heeft recht op inzage in uw persoonsgegevens en het recht om uw persoonsgegevens te wijzigen. Als u wilt weten welke persoonsgegevens wij van u verwerken, dan kunt u een schriftelijk inzageverzoek doen. Wij zullen uw verzoek binnen 4 weken in behandeling nemen. Mochten uw gegevens onjuist, onvolledig of niet relevant zijn, dan kunt u ons verzoeken om uw gegevens te wijzigen of aan te vullen.</p>

    <p>U kunt uw verzoek <a href="https://www.wikimedia.nl/pagina/contact" target="_blank">per e-mail</a> aan ons doen. Tevens kunt u ons schriftelijk aanschrijven op postbus 167, 3500 AD Utrecht.</p>

    <h3>Wijzigingen</h3>

    <p>De Vereniging Wikimedia Nederland behoudt zich het recht voor wijzigingen in deze privacyverklaring aan te brengen. De wijzigingen treden in werking op het aangekondigde tijdstip van inwerkingtreding.</p>

</div>
<?php
include 'common/footer.php';
?>