@extends('layouts.master')
@section('content')
@include('partials.about-header')
<h2>GDPR</h2>
<p>Privacy Policy van <a href="thewhizkids.be">OSD Ticket Shop</a> website van de Overkoepelende StudentenDienst (afgekort OSD) vzw (ondernemingsnummer 848.141.076 RPR Brussel) met als adres Triomflaan 35, 1160 Oudergem, België.</p>
<p>De privacy van de gebruikers van van <a href="thewhizkids.be">OSD Ticket Shop</a> is belangrijk voor ons!</p>
<p>De OSD Ticketshop streeft ernaar uw persoonsgegevens zo goed mogelijk te beschermen. Wij willen uw persoonsgegevens op een wettelijke, correcte en transparante manier verwerken. In deze privacyverklaring leggen we uit welke persoonsgegevens we van u als natuurlijke persoon verwerken en wat de doeleinden zijn. Verder wordt ook uitgelegd welke rechten u hebt om uw privacy te garanderen en eventueel te verbeteren.</p>
<h4>Wie is verantwoordelijk voor de verwerking van uw persoonsgegevens?</h4>
<p>Uw gegevens worden verwerkt door de OSD, Dit betekent dat de OSD bepaalt voor welke doeleinden en met welke middelen uw persoonsgegevens worden verwerkt. Binnen onze website en applicatie zijn de gegevens alleen toegankelijk voor verantwoordelijke personen die daar naargelang van hun specifieke taken toegang toe moeten hebben. Als u bijkomende vragen heeft en/of meer informatie wenst, kunt u ons contacteren op volgend e-mailadres: <a href="better.ge.tracker@gmail.com.">better.ge.tracker@gmail.com</a>.</p>
<h4>Welke persoonsgegevens verzamelen we over u?</h4>
<p>Om te weten wie u bent verzamelen we uw e-mailadres, login en paswoord <b>enkel indien u evenementen aanmaakt</b>, van gebruikers die de website enkel raadplegen worden geen gegevens bijgehouden. Merk op dat u enkel op uitnodiging een account kan aanmaken. Meer informatie hieromtrent is te verkrijgen via <a href="better.ge.tracker@gmail.com.">better.ge.tracker@gmail.com</a>.</p>
<h4>Waarom verzamelen we uw persoonsgegevens?</h4>
<p>We verzamelen de persoonsgegevens zodat u op een veilige manier kan inloggen.</p>
<h4>Wanneer gebruiken we uw persoonsgegevens?</h4>
<p>We zullen u enkel contacteren bij feitelijke onjuistheden in verband met de evenementen en/of bij klachten van de gebruikers.</p>
<h4>Uw gegevens worden niet met derden gedeeld</h4>
<p>Dit spreekt voor zich.</p>
<h4>Hoe lang worden mijn persoonsgegevens bewaard?</h4>
<p>In het geval dat er via een bepaald account een jaar lang geen evenementen worden aangemaakt, wordt het account manueel gedeactiveerd. U kan ten allen tijden zelf beslissen om uw gegevens te laten verwijderen of te heractiveren door een mail te sturen naar het volgende e-mailadres: <a href="better.ge.tracker@gmail.com.">better.ge.tracker@gmail.com</a>.</p>
<h4>Verwerkt de OSD uw gegevens buiten de Europese Economische Ruimte (EER)?</h4>
<p>OSD zal uw persoonsgegevens niet buiten de EER verwerken.</p>
<br>
<br>
<h2>Verwerkingsregister</h2>
<p>De Overkoepelende StudentenDienst vzw, kortweg OSD, Triomflaan 35, 1160 Oudergem, België met ondernemingsnummer 848.141.076 RPR Brussel, hierna genoemd de verwerkingsverantwoordelijke houdt een register van de verwerkingsactiviteiten bij die onder hun verantwoordelijkheid plaatsvinden.</p>
<ol type="I">
  <li><b>Contactgegevens van de verwerkingsverantwoordelijke</b> OSD, <a href="better.ge.tracker@gmail.com.">better.ge.tracker@gmail.com</a>.</li>
  <li><b>De verwerkingsdoeleinden: de gegevens die worden bijgehouden</b> zorgen ervoor dat de evenementen die worden aangekondigd correct zijn.</li>
  <li><b>Alleen van de personen die evenementen aanmaken</b> worden de volgende gegevens bijgehouden:
      <ul>
        <li>Naam</li>
        <li>Email</li>
        <li>Rol</li>
        <li>Groep</li>
        <li>Event</li>
      </ul>
      Van de <b>gebruikers</b> die de evenementen raadplegen worden <b>geen gegevens bijgehouden</b>.
    </li>
    <li><b>De gegevens van de personen die evenementen aanmaken</b> worden <b>enkel voor veiligheidsredenen gebruikt</b>, t.t.z. om ervoor te zorgen dat de aangekondigde evenementen correct zijn en eventuele fouten getraceerd kunnen worden. De gegevens worden niet bewaard voor andere doeleinden, noch doorgegeven aan derde partijen, zowel in België als in een ander land.</li>
    <li>De gegevens van de personen die de evenementen aanmaken blijven behouden tenzij u beslist om de gegevens te verwijderen. Dit kan door een email te sturen naar <a href="better.ge.tracker@gmail.com.">better.ge.tracker@gmail.com</a> waarna u een bevestiging van schrapping ontvangt.</li>
    <li>De paswoorden worden beveiligd door het systeem van hashing</li>
</ol>
@endsection