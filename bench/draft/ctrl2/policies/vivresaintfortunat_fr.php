<!DOCTYPE html>
<html lang="fr">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="description" content="Découvrez comment VIVRE SAINT-FORTUNAT protège vos données personnelles et respecte votre vie privée conformément aux réglementations en vigueur." />
    <title>Politique de Confidentialité</title>
    <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0-alpha3/dist/css/bootstrap.min.css" rel="stylesheet">
<link rel="stylesheet" href="CSS/style.css">
<link rel="shortcut icon" href="images/orange.ico" type="image/x-icon">

</head>
<body>
<?php include('include/menu.php'); ?>

        <div class="container my-5">
            <div class="text-center">
                <h1 class="fw-bold mb-4">Politique de Confidentialité</h1>
            </div>
            <div class="card-body">
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">1. Introduction</h2>
                    <p>L'association Vivre Saint Fortunat respecte votre vie privée et s'engage à protéger vos données personnelles. Cette politique de confidentialité explique comment nous collectons, utilisons et protégeons vos informations lorsque vous vous inscrivez en tant qu'adhérent et lorsque vous utilisez nos services.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">2. Données collectées</h2>
                    <ul>
                        <li>Nom et Prénom</li>
                        <li>Adresse email</li>
                        <li>Type d'adhésion (individuel, famille, mineur)</li>
                        <li>Mot de passe</li>
                    </ul>
                    <p>Conformément à l'article 5 du Règlement Général sur la Protection des Données (RGPD), nous nous assurons que ces données sont collectées de manière légitime, loyale et transparente.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">3. Utilisation des données</h2>
                    <p>Les données collectées sont utilisées dans le cadre de votre adhésion à l'association Vivre Saint Fortunat et pour vous permettre d’accéder à nos événements, informations et services. Vos données ne seront jamais utilisées à des fins commerciales sans votre consentement.</p>
                    <p>Conformément à l'article 6 du RGPD, le traitement de vos données est fondé sur votre consentement ou sur l'exécution d'un contrat lié à votre adhésion.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">4. Durée de conservation des données</h2>
                    <p>Vos données personnelles sont conservées aussi longtemps que nécessaire pour répondre aux finalités pour lesquelles elles ont été collectées. En cas de désinscription ou de demande de suppression de vos données, celles-ci seront supprimées conformément à l'article 17 du RGPD relatif au droit à l'effacement.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">5. Protection des données</h2>
                    <p>Nous mettons en place des mesures techniques et organisationnelles appropriées pour protéger vos données personnelles contre tout accès non autorisé, altération, divulgation ou destruction, conformément à l'article 32 du RGPD.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">6. Vos droits</h2>
                    <ul>
                        <li><strong>Accès (article 15) :</strong> Vous pouvez demander une copie des données que nous détenons sur vous.</li>
                        <li><strong>Rectification (article 16) :</strong> Vous pouvez demander la correction de toute donnée incorrecte ou incomplète.</li>
                        <li><strong>Suppression (article 17) :</strong> Vous pouvez demander la suppression de vos données personnelles.</li>
                        <li><strong>Portabilité (article 20) :</strong> Vous pouvez demander à recevoir vos données dans un format structuré.</li>
                        <li><strong>Opposition (article 21) :</strong> Vous pouvez vous opposer au traitement de vos données dans certains cas.</li>
                    </ul>
                    <p>Pour exercer ces droits, contactez-nous à <a href="mailto:vivre@saintfortunat.org">vivre@saintfortunat.org</a>.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">7. Partage des données</h2>
                    <p>Nous ne partageons pas vos données personnelles avec des tiers, sauf si cela est nécessaire pour répondre à une obligation légale ou pour fournir les services associés à votre adhésion.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">8. Modifications de la politique de confidentialité</h2>
                    <p>Nous nous réservons le droit de modifier cette politique de confidentialité à tout moment. Toute modification sera publiée sur cette page, avec la date de la mise à jour.</p>
                </section>
                <section class="mb-4">
                    <h2 class="h5 text-orange mb-4">9. Contact</h2>
                    <p>Pour toute question ou préoccupation concernant cette politique de confidentialité, veuillez nous contacter à <a href="mailto:vivre@saintfortunat.org">vivre@saintfortunat.org</a>.</p>
                </section>


                <p>Date de mise à jour: 19 Décembre 2024</p>
            </div>
        </div>

        <?php include('include/footer.php'); ?>
</body>
</html>
