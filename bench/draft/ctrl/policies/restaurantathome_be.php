<?php /** * Restaurant At Home * * Register page * * @package RestoAtHome * @author A collaboration of: WiVen Web Solutions - VDW Web - KolorFlux * @copyright Copyright (c) 2014 - 2015 * @copyright * @license * * @link http://restaurantathome.be * @since Version 1.0.0 */ defined( 'BASEPATH') OR exit( 'No direct script access allowed'); ?>

<div class="container">
    <h2 class="page-header">Privacybeleid</h2>

    <div class="row">
        <div class="col-lg-6 col-md-6 col-sm-12 col-xs-12 text-justify">
            <p>
                <strong>Instemming met dit privacybeleid</strong><br />

                Lees ons privacybeleid zorgvuldig door. Met “wij” en “ons” wordt in deze tekst bedoeld, BVBA Restaurant@home, haar werknemers, aangestelden, bestuurders, en agenten.

                Wij hechten veel waarde aan het beschermen van uw privacy en we gaan daarom zeer zorgvuldig om met uw persoonlijke gegevens die wij verzamelen als u deze website bezoekt. Wij hanteren algemeen aanvaarde standaarden op het gebied van technologie en operationele veiligheid om uw persoonlijke gegevens tegen verlies, misbruik, wijziging of vernietiging te beschermen. Op deze website worden op verschillende plaatsen persoonsgegevens verzameld. Dit kan bijvoorbeeld gebeuren via elektronische formulieren. Door gebruik te maken van deze website en uw persoonsgegevens ter beschikking te stellen aan ons verklaart u zich akkoord met de verzameling, het gebruik en de opslag van uw gegevens door ons op de wijze zoals beschreven in dit privacybeleid. Als u niet met de voorwaarden uit dit privacybeleid akkoord wenst te gaan, verzoeken wij u geen persoonlijke gegevens op deze website te verstrekken. Dit kan betekenen dat u geen gebruik kunt maken van de diensten van Restaurant@Home die worden aangeboden via deze website.
                <br /><br />
                <strong>Verzameling van persoonlijke gegevens</strong><br />

                Bij een bezoek aan onze website kunt u persoonlijke gegevens verstrekken. Hierbij kunt u gegevens verstrekken die gebruikt kunnen worden om u persoonlijk te identificeren en die de uitvoering van diensten mogelijk moeten maken, zoals uw naam, adres, telefoonnummer, e-mailadres, geboortedatum, etc.
                <br /><br />
                <strong>Cookies</strong><br />

                Deze website kan gebruik maken van cookies om u en uw behoeften te herkennen en het gebruik van de website bij te houden. Een cookie is een bestandje dat op uw computer wordt opgeslagen en waarmee kan worden achterhaald welke browser u gebruikt, welke gedeelten van de website u heeft bezocht en naar welke websites u een koppeling maakt om bepaalde features van ons te gebruiken. Zo worden ondermeer gegevens in verband met uw interactie met onze sites, diensten, inhoud en advertenties, alsook computer- en connectie-informatie, statistieken over paginabezoeken, verkeer van en naar de sites, advertentiegegevens, IP-adres, etc. verzameld. Met deze gegevens kunnen wij ten behoeve van onze klanten onze website aanpassen en verbeteren. Bovendien weten wij dankzij cookies of u zich bij ons heeft aangemeld en kunnen wij uw huidige gebruik van de website relateren aan eerder gebruik van deze of hieraan gelieerde websites. Door onze cookies te accepteren, heeft u toegang tot bepaalde pagina’s van de website zonder dat u elke keer in moet loggen. Bepaalde diensten kunnen bij het blokkeren van cookies mogelijks niet of niet performant worden uitgevoerd. Indien u geen cookies wenst te aanvaarden kan u deze via uw browserinstellingen desgevallend weigeren. Meer uitleg is te vinden in ons cookiebeleid: <a href="/cookies" target="_blank">klik hier</a>.
                <br /><br />
                <strong>Gebruik van persoonlijke gegevens</strong><br />

                Indien u persoonlijke gegevens overmaakt via onze website geeft u toestemming om deze gegevens op te nemen in een beveiligd geautomatiseerd gegevensbestand. Sam Coenen, is de verantwoordelijke voor de verwerking in het kader van dit geautomatiseerd gegevensbestand.  	 	in elk geval van de werking van onze dienst kunnen worden uitgesloten.
            </p>
        </div>
        <div class="col-lg-6 col-md-6 col-sm-12 col-xs-12 text-justify">
            <p>
                <br />
                Bij het overmaken van uw persoonlijke gegevens via onze website verzoeken wij u geen gevoelige informatie te willen overmaken.

                Wij zullen uw persoonlijke gegevens niet bekend maken, verkopen, verhuren en uitlenen aan of op een andere wijze uitwisselen met andere personen, organisaties of ondernemingen, behoudens voor zover dit noodzakelijk is om de door u gewenste informatie te verschaffen of diensten of producten te leveren. Uw persoonsgegevens kunnen op elk ogenblik worden gebruikt in verband met gerechtelijke procedures, onderzoek naar misdaden of andere overtredingen.
                <br /><br />
                <strong>Uitwisseling en beheer van informatie</strong><br />

                Als u van onze website gebruik maakt, kunt u e-mails of andere digitale berichten met ons uitwisselen. Wij verzamelen persoonsgegevens die bezoekers uit eigen vrije wil aan ons hebben verstrekt. Wij kunnen de persoonsgegevens gebruiken voor het beheer en het gebruik van onze diensten (bv. e-shop, deelname aan wedstrijden, etc.) en om u te informeren over producten, diensten en aanbiedingen van Restaurant@Home, voor zover u hiermee uitdrukkelijk heeft toegestemd. Deze activiteiten kunnen door Restaurant@Home zelf worden uitgevoerd of door derden die met dit doel door Restaurant@Home zijn aangesteld.
                <br /><br />
                <strong>Wijziging van persoonlijke gegevens</strong><br />

                U kunt toegang verkrijgen tot uw gegevens of de rechtzetting of verwijdering ervan vragen door een brief of e-mail te sturen, vergezeld van een kopie van uw identiteitskaart aan Kevin Declercq, Oude Pastoriedreef 65 0101 1745 Opwijk België of via <a href="mailto:info@restaurantathome.be">info@restaurantathome.be</a>. U heeft tevens steeds het recht om op dezelfde wijze verzet uit te oefenen tegen het gebruik van uw gegevens voor direct marketing doeleinden.
                <br /><br />
                <strong>Beheer accounts</strong><br />

                Als u bij accounts de controle over uw wachtwoord verliest, verliest u mogelijk ook de controle over uw persoonlijke gegevens en kunt u gebonden zijn door en verantwoordelijk voor handelingen die in uw naam werden ondernomen. Het is daarom van belang dat u, indien uw wachtwoord op de één of andere manier in verkeerde handen is gevallen, onmiddellijk contact opneemt met Restaurant@Home en uw wachtwoord wijzigt.
                <br /><br />
                <strong>Informatie van de website</strong><br />

                De gebruikers van de website van Restaurant@Home verbinden er zich toe om de privacy van andere gebruikers te respecteren en desgevallend hun privacybeleid te respecteren. U bent zelf uitsluitend verantwoordelijk voor de gegevens (van derden) die u desgevallend via onze website publiceert (bv. indien informatie zou worden geüploaded). Wij garanderen de privacy van dergelijke gepubliceerde gegevens niet. U bent in dat geval zelf verantwoordelijk en aansprakelijk om de wetgeving inzake privacy na te leven.
                <br /><br />
                <strong>Wijzigingen in ons privacybeleid</strong><br />

                Wij zullen dit privacybeleid van tijd tot tijd wijzigen. Wijzigingen zullen hier bijgewerkt worden. Wij adviseren u derhalve ons privacybeleid regelmatig door te lezen. Het Belgisch recht is van toepassing op dit privacy beleid.


            </p>
        </div>
    </div>
</div>

<?php //EOF - 'It all ends here'- ?>
