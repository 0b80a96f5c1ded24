<?php 
$metaRobots = '<meta name="robots" content="index, follow">';
$title = "Politique de confidentialité";
$metaDescription = "La politique de confidentialité du site web Cabinet Dentaire Dumitrascu Roxana";
require_once ('Include/Menu/header.php'); 
?>

<header class="pistache-background pt-4 pb-1">
    <div class="container text-center">
        <h1 class="display-4 fw-bold">Politique de confidentialité</h1>
    </div>
</header>

<section class="grey-background">
    <div class="container">
    <p class="lead"><b>Dernière mise à jour : 20/02/2024</b></p>

    <p class="lead">La présente politique de confidentialité régit la manière dont le Cabinet Dentaire Dumitrascu Roxana (ci-après "nous" ou "notre") collecte, utilise, stocke et protège les informations personnelles de ses utilisateurs ("vous" ou "utilisateurs") sur notre site web.</p>

    <h4>Collecte des informations personnelles</h4>
    <p class="lead">Lorsque vous remplissez notre formulaire de contact, nous collectons vos informations personnelles telles que votre nom, votre prénom, votre adresse e-mail (si renseigné) ainsi que votre consentement qui sont alors stockés dans notre base de données. Nous stockons aussi la date et l'heure exacte de l'envoi du formulaire de contact.</p>

    <h4>Utilisation des informations collectées</h4>
    <p class="lead">Les informations personnelles que nous collectons peuvent être utilisées pour les finalités suivantes :</p>

        <ul class="lead">
            <li>Répondre à vos demandes de rendez-vous ou de renseignements.
            <li>Améliorer notre site web et nos services.
            <li>Consentement explicite, en remplissant notre formulaire de contact, vous consentez explicitement à fournir les informations requises, y compris votre nom, votre prénom, votre adresse e-mail (si renseignée) et votre numéro de téléphone (si renseigné, et qui ne sera jamais stocké dans notre base de données), dans le but spécifique de nous permettre de répondre à vos demandes et de vous fournir nos services. Ce consentement est une condition préalable au traitement de vos données personnelles dans ce contexte.</p>
        </ul>
            
    <h4>Protection des informations personnelles</h4>
    <p class="lead">Nous prenons des mesures de sécurité appropriées pour protéger vos informations personnelles contre tout accès non autorisé, utilisation abusive ou divulgation. Cependant, veuillez noter qu'aucune méthode de transmission de données sur Internet ou de stockage électronique n'est totalement sécurisée. Nous ne pouvons donc garantir la sécurité absolue de vos informations.</p>

    <h4>Divulgation à des tiers</h4>
    <p class="lead">Nous ne vendons, n'échangeons ni ne transférons vos informations personnelles à des tiers, sauf dans les cas suivants :</p>
        <ul class="lead">
            <li>Lorsque cela est exigé par la loi ou en réponse à une demande légale.
            <li>Lorsque cela est nécessaire pour protéger nos droits, notre propriété ou notre sécurité, ainsi que ceux de nos patients ou de tiers.
        </ul>
    <h4>Cookies</h4>
    <p class="lead">Notre site web utilise des cookies pour améliorer l'expérience des utilisateurs. Un cookie est un petit fichier texte qui est stocké sur le disque dur de votre ordinateur par le biais de votre navigateur web. Les cookies permettent de personnaliser votre expérience sur notre site, de vous reconnaître lors de vos visites ultérieures et de recueillir des informations statistiques sur l'utilisation de notre site.</p>

    <h4>Vos choix</h4>
    <p class="lead">Vous avez le droit de demander l'accès, la rectification, la suppression ou la limitation du traitement de vos informations personnelles que nous détenons.</p>

    <h4>Liens vers des sites tiers</h4>
    <p class="lead">Notre site web peut contenir des liens vers des sites tiers, tels que des partenaires ou des ressources externes. Nous n'avons aucun contrôle sur le contenu, les politiques de confidentialité ou les pratiques de ces sites et nous déclinons toute responsabilité à leur égard. Nous vous encourageons à consulter les politiques de confidentialité de ces sites avant de fournir vos informations personnelles.</p>

    <h4>Modification de la politique de confidentialité</h4>
    <p class="lead">Nous nous réservons le droit de modifier cette politique de confidentialité à tout moment. Les modifications seront publiées sur cette page et la date de la dernière mise à jour sera indiquée en haut de la page.</p>

    <h4>Contactez-nous</h4>
    <p class="lead">Si vous avez des questions concernant cette politique de confidentialité, veuillez nous contacter à l'adresse e-mail suivante : <a href="mailto:cab.dumitrascu@gmail.com.">cab.dumitrascu@gmail.com</a></p>
    </div>
</section>

<?php 
require_once ('Include/Menu/footer.php'); 
?>