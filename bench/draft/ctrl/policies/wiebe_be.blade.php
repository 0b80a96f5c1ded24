@extends('layouts.subpages')

@section('title', 'Privacybeleid')

@section('content')
    <div class="bg-container">
        <div class="container-small">
            <h1 class="center-content heading1">Cookie & Privacybeleid</h1><br>
        <p>VZW Wiebe hecht veel belang aan uw privacy en zijn daarom transparant over welke gegevens we over u verzamelen. Alle gegevens die we verzamelen, slaan we op in een eigen database die goed beveiligd wordt. Omdat wij alle gegevens verzamelen en verwerken binnen België, worden ze beschermd volgens de Europese privacy normen.</p>
        <br>

<h2><b>WIE ZIJN WIJ?</b></h2>
<p>VZW Wiebe Bree<br>
    Graevenstraat 12<br>
3960 Bree<br>
info@vzw-wiebe-bree.be</p>
<br>

<h2><b>WELKE GEGEVENS VERZAMELEN WE VAN U EN WAAROM?</b></h2>
<p>Nieuwsbrief Mailchimp<br><br>

<p>Wanneer we u een nieuwsbrief versturen, verzamelen we van u bepaalde statistieken in Mailchimp. Meer bepaald gaat het hier om informatie over je browsertype, unieke identificatie en het aantal keren dat je de nieuwsbrief opent en/of op een link klikt. We gebruiken deze gegevens om onze nieuwsbrief te verbeteren of eventuele problemen correct te kunnen analyseren.</p><br>  

<h2><b>Google Analytics</b></h2>

<p>De website van VZW Wiebe verzamelt uw gegevens om de website te verbeteren. Dit gebeurt met Google Analytics. Deze gegevens zijn anoniem en zijn dus niet gebonden aan uw persoonlijke gegevens. Denk hierbij aan informatie zoals de duur van je website bezoek of de pagina’s die je veel bezoekt. Alle gegevens worden alleen verwerkt met uw uitdrukkelijke toestemming dan wel ter uitvoering van de overeenkomsten die worden aangegaan, dan wel omdat verwerking noodzakelijk is om u in contact te brengen met potentiële relaties en/of opdrachtnemers.</p><br>

<h2><b>MET WIE DELEN WIJ UW DATA?</b></h2>
<p>Enkel VZW Wiebe gebruikt uw gegevens. Wij delen uw data dus NIET met derden.</p><br>

<h2><b>WAT IS DE BEWAARTERMIJN VAN UW GEGEVENS?</h2></b>
<p>VZW Wiebe ontwerp bewaart uw persoonsgegevens tot 3 jaar nadat u zich uitschreef voor onze nieuwsbrief en/of tot 5 jaar na het verzenden van een contactformulier.</p><br>

<h2><b>WELKE RECHTEN HEBT U?</h2></b>
<p>Als gebruiker heeft u ook een aantal rechten die betrekking hebben op uw persoonsgegevens. Als u een van die rechten wil inroepen, dan kan u zich best rechtstreeks tot VZW Wiebe richten door een e-mail te sturen naar info@vzw-wiebe-bree.be. Wij doen ons best om alle aanvragen binnen 30 werkdagen te verwerken.</p><br>

<p><b>Recht op inzage en rechtzetting</b></p>

<p>U beschikt over het recht om alle persoonlijke gegevens die we van u verzamelen in te kijken. Eventueel onjuiste of onvolledige gegevens kan u laten wijzigen of verwijderen.</p><br>

<p><b>Recht om te worden vergeten</p></b>

<p>Een bezoeker heeft altijd het recht om zijn gegevens te laten verwijderen uit onze databases.</p><br>

<p><b>Recht om klacht in te dienen</p></b>

<p>Uw gegevens zullen verzameld worden als u contact opneemt met VZW Wiebe via de website. In dit formulier wordt echter alleen gevraagd om de benodigde gegevens om een voorstel of een dienst aan te kunnen bieden, zoals uw naam, e-mailadres, telefoonnummer en uw bericht.</p><br>

<p><b>Recht om toestemming in te trekken</p></b>

<p>Elke gebruiker of bezoeker waarvan er persoonsgegevens verzameld worden, heeft het recht om zich te verzetten tegen de verwerking van die gegevens.</p><br>

<p><b>Recht op beperking van de verwerking</p></b>

<p>U beschikt over het recht om de verwerking van uw persoonsgegevens (tijdelijk) stop te zetten.</p><br>

<p><b>Wijzigbaarheid</p></b>

<p>VZW Wiebe heeft het recht om deze privacyverklaring te veranderen indien dat nodig zou zijn. De privacy policy werd het laatst gewijzigd op 12/05/2022.</p><br>

<h2><b>COOKIES</h2></b>
<p>Deze website maakt gebruik van cookies. Dit zijn kleine bestanden met data die door deze website naar uw browser gestuurd worden en weggeschreven worden op uw harde schijf. Deze data worden gebruikt om de terugkerende bezoeker te identificeren en zo de website er beter op af te stemmen. De bezoeker zal op deze manier sneller kunnen inloggen en eventueel aangepaste inhoud te zien krijgen. Zo hoeft u niet bij ieder bezoek aan deze website uw persoonlijke gegevens opnieuw in te vullen.</p><br>

<p>Als u deze cookies wenst te verwijderen, dient u de handleiding van uw browser te raadplegen. Binnen uw browser beschikt u eveneens over de mogelijkheid uw instellingen omtrent deze cookies te configureren. Zo kan u de browser configureren dat deze het gebruik van cookies verhindert, dat deze u steeds waarschuwt wanneer er een cookie wordt aangemaakt of dat de cookies nadien van uw harde schijf verwijderd worden.</p><br>
</div>
</div>
@endsection