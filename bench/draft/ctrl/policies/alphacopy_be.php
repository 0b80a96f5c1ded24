<?php
require_once 'includes/header.php';
?>
<div class="row">
  <?php
  require_once "includes/filter.php";
  ?>
  <div class="col-9">
    <h3>PRIVACY STATEMENT</h3>
    <p>
    Het onderstaande privacybeleid is van toepassing op alle sitebezoeken, transacties en overeenkomsten met Alpha Copy BVBA, Tiensestraat 89, 3000 Leuven
    </p>
    <p>
    Via de website van Alpha Copy BVBA worden privacygevoelige gegevens oftewel persoonsgegevens verwerkt.
    Alpha Copy BVBA acht een zorgvuldige omgang met persoonsgegevens van groot belang.
    Persoonlijke gegevens worden door ons dan ook zorgvuldig verwerkt en beveiligd.
    </p>
    <p>
    Bij onze verwerking houden wij ons aan de eisen die de Wet Bescherming Persoonsgegevens stelt.
    Alpha Copy BVBA is de verantwoordelijke voor de gegevensverwerking. In deze privacyverklaring leggen wij uit welke persoonsgegevens wij verzamelen en gebruiken en met welk doel.
    Wij raden u aan deze zorgvuldig te lezen.
    </p>
    <p>
    Deze privacyverklaring is voor het laatst aangepast op 01-03-2019.
    </p>
    <p>
    <h4>Gebruik van persoonsgegevens</h4>
    Door het gebruiken van onze dienst kunt u bepaalde gegevens bij ons achter laten. Dat kunnen persoonsgegevens zijn.
    Wij bewaren en gebruiken uitsluitend de persoonsgegevens die rechtstreeks door u worden opgegeven of waarvan bij opgave duidelijk is dat ze aan ons worden verstrekt te verwerken.
    U gebruikt onze website als bedrijf en dan vallen bedrijfsgegevens niet onder de Wbp.
    </p>
    <p>
    Wij gebruiken de volgende gegevens om informatieaanvraag (via ons contactformulier) af te handelen:
    <ul>
      <li>Naam</li>
      <li>Emailadres</li>
      <li>Telefoonnummer</li>
    </ul>

    <h4>Verstrekking aan derden</h4>
    <p>
    Wij verstrekken uw gegevens nooit aan derden zonder uw toestemming.
    </p>

    <h4>Cookies</h4>
    <p>
    Onze website maakt gebruik van Cookies:
    </p>
    <ul>
      <li>Eigen cookies</li>
      <li>Google Analytics</li>
      <li>Statistieken van onze pagina</li>
    </ul>

    <h4>Beveiliging</h4>
    <p>
    Wij nemen beveiligingsmaatregelen om misbruik van en ongeautoriseerde toegang tot persoonsgegevens te beperken.
    </p>
    <p>
    Wij houden statistieken bij op onze website, maar dit gebeurt te allen tijde geanonimiseerd. (Google Analytics)
    </p>

    <h4>Websites van derden</h4>
    <p>
    Deze verklaring is niet van toepassing op websites van derden die door middel van links met deze website zijn verbonden.
    Wij kunnen niet garanderen dat deze derden op een betrouwbare of veilige manier met uw persoonsgegevens omgaan.
    Wij raden u aan de privacyverklaring van deze websites te lezen alvorens van deze websites gebruik te maken.
    </p>

    <h4>Wijzigingen in deze privacyverklaring</h4>
    <p>
    Wij behouden ons het recht voor om wijzigingen aan te brengen in deze verklaring. Het verdient aanbeveling om deze verklaring geregeld te raadplegen, zodat u van deze wijzigingen op de hoogte bent.
    </p>

    <h4>Inzage en wijzigen van uw gegevens</h4>
    <p>
    Voor vragen over ons privacybeleid of vragen omtrent inzage en wijzigingen in (of verwijdering van) uw persoonsgegevens kunt u te allen tijde contact met ons opnemen.
    </p>
  </div>
</div>


  <?php
  require_once "includes/footer.php";
  ?>
