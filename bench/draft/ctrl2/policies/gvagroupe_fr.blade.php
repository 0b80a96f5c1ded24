<p class="mt-3">Dernière mise à jour : 10 mars 2024</p>

<p>Cette Politique de Confidentialité décrit nos politiques et procédures sur la collecte, l'utilisation et la divulgation de vos informations lorsque vous utilisez le Service et vous informe sur vos droits à la vie privée et comment la loi vous protège.</p>
<p>Nous utilisons vos Données Personnelles pour fournir et améliorer le Service. En utilisant le Service, vous acceptez la collecte et l'utilisation des informations conformément à cette Politique de Confidentialité. Cette Politique de Confidentialité a été créée avec l'aide du générateur de Politique de Confidentialité.</p>

<h3 class="mt-4">Interprétation et Définitions</h3>
<h4><b>Interprétation</b></h4>
<p>Les mots dont la lettre initiale est en majuscule ont des significations définies sous les conditions suivantes. Les définitions suivantes auront la même signification qu'elles apparaissent au singulier ou au pluriel.</p>

<h3 class="mt-4">Définitions</h3>
<p>Pour les fins de cette Politique de Confidentialité :</p>

<ul>
    <li><b>Compte</b> désigne un compte unique créé pour vous permettre d'accéder à notre Service ou à des parties de notre Service.</li>

    <li><b>Affilié</b> désigne une entité qui contrôle, est contrôlée par, ou est sous contrôle commun avec une partie, où "contrôle" signifie la possession de 50 % ou plus des actions, parts d'intérêt ou autres titres de participation donnant droit de vote pour l'élection des directeurs ou autre autorité de gestion.</li>

    <li><b>Société</b> (référée comme "la Société", "Nous", "Notre" ou "Nos" dans cet Accord) fait référence à GVAGROUPE, Rue Pré-Bouvier 8, 1214 Satigny.</li>

    <li><b>Cookies</b> sont de petits fichiers qui sont placés sur votre ordinateur, dispositif mobile ou tout autre appareil par un site web, contenant les détails de votre historique de navigation sur ce site web parmi ses nombreuses utilisations.</li>

    <li><b>Pays</b> fait référence à : Suisse</li>

    <li><b>Dispositif</b> désigne tout appareil qui peut accéder au Service tel qu'un ordinateur, un téléphone portable ou une tablette numérique.</li>

    <li><b>Données Personnelles</b> désigne toute information qui se rapporte à une personne identifiée ou identifiable.</li>

    <li><b>Service</b> fait référence au Site Web.</li>

    <li><b>Fournisseur de services</b> désigne toute personne physique ou morale qui traite les données pour le compte de la Société. Cela se réfère à des sociétés tierces ou des individus employés par la Société pour faciliter le Service, pour fournir le Service au nom de la Société, pour réaliser des services liés au Service ou pour aider la Société à analyser comment le Service est utilisé.</li>

    <li><b>Données d'Utilisation</b> désignent les données collectées automatiquement, générées par l'utilisation du Service ou à partir de l'infrastructure du Service elle-même (par exemple, la durée d'une visite de page).</li>

    <li><b>Site Web</b> fait référence à GVAGROUPE, accessible depuis <a href="https://gvagroupe.ch/">https://gvagroupe.ch/</a></li>

    <li><b>Vous</b> désigne l'individu accédant ou utilisant le Service, ou l'entreprise, ou autre entité juridique pour le compte de laquelle un tel individu accède ou utilise le Service, selon le cas.</li>
</ul>

<h3>Collecte et Utilisation de Vos Données Personnelles</h3>
<h4>Types de Données Collectées</h4>
<p><b>Données Personnelles</b></p>

<p>Lorsque vous utilisez Notre Service, Nous pouvons vous demander de nous fournir certaines informations personnellement identifiables qui peuvent être utilisées pour vous contacter ou vous identifier. Les informations personnellement identifiables peuvent inclure, mais sans s'y limiter :</p>

<ul>
    <li>Adresse e-mail</li>

    <li>Prénom et nom de famille</li>

    <li>Numéro de téléphone</li>

    <li>Adresse, État, Province, Code postal, Ville</li>

    <li>Données d'Utilisation</li>
</ul>

<h3>Données d'Utilisation</h3>
<p>
Les Données d'Utilisation sont collectées automatiquement lors de l'utilisation du Service. <br/><br/>

Les Données d'Utilisation peuvent inclure des informations telles que l'adresse de Protocole Internet de votre appareil (par exemple, l'adresse IP), le type de navigateur, la version du navigateur, les pages de notre Service que vous visitez, la date et l'heure de votre visite, le temps passé sur ces pages, les identifiants uniques de dispositif et d'autres données diagnostiques.<br/><br/>

Lorsque vous accédez au Service par ou via un dispositif mobile, nous pouvons collecter certaines informations automatiquement, y compris, mais sans s'y limiter, le type de dispositif mobile que vous utilisez, l'identifiant unique de votre dispositif mobile, l'adresse IP de votre dispositif mobile, votre système d'exploitation mobile, le type de navigateur Internet mobile que vous utilisez, les identifiants uniques de dispositif et d'autres données diagnostiques.<br/><br/>

Nous pouvons également collecter des informations que votre navigateur envoie chaque fois que vous visitez notre Service ou lorsque vous accédez au Service par ou via un dispositif mobile.<br/><br/>
</p>

<h3>Technologies de Suivi et Cookies</h3>
<p>Nous utilisons des Cookies et des technologies de suivi similaires pour suivre l'activité sur Notre Service et stocker certaines informations. Les technologies de suivi utilisées sont des balises, des étiquettes et des scripts pour collecter et suivre les informations et pour améliorer et analyser Notre Service. Les technologies que Nous utilisons peuvent inclure :</p>
<ul>
    <li><b>Cookies ou Cookies Navigateur</b>. Un cookie est un petit fichier placé sur votre appareil. Vous pouvez configurer votre navigateur pour refuser tous les cookies ou pour indiquer quand un cookie est envoyé. Cependant, si vous n'acceptez pas les cookies, vous ne pourrez peut-être pas utiliser certaines parties de notre Service. Sauf si vous avez ajusté la configuration de votre navigateur pour qu'il refuse les cookies, notre Service peut utiliser des cookies.</li>

    <li><b>Balises Web.</b> Certaines sections de notre Service et nos e-mails peuvent contenir des fichiers électroniques de petite taille connus sous le nom de balises web (également appelées gifs transparents, tags pixel et gifs à un pixel) qui permettent à la Société, par exemple, de compter les utilisateurs qui ont visité ces pages ou ouvert un e-mail et pour d'autres statistiques de sites web connexes (par exemple, enregistrer la popularité d'une section spécifique et vérifier l'intégrité du système et du serveur).</li>
</ul>

<p>Les cookies peuvent être des cookies "Persistants" ou de "Session". Les cookies Persistants restent sur votre ordinateur personnel ou appareil mobile lorsque vous êtes hors ligne, tandis que les cookies de Session sont supprimés dès que vous fermez votre navigateur web. Vous pouvez en savoir plus sur les cookies sur l'article du site TermsFeed.
<br/>
Nous utilisons à la fois des cookies Persistants et de Session pour les finalités énoncées ci-dessous :</p>

<p><b>- Cookies Nécessaires / Essentiels</b></p>
<ul>
    <li>
        <b>Type : Cookies de Session</b>
        <br/>
        Administrés par : Nous
        <br/>
        Objectif : Ces cookies sont essentiels pour vous fournir les services disponibles via le Site Web et pour vous permettre d'utiliser certaines de ses fonctionnalités. Ils aident à authentifier les utilisateurs et à prévenir l'utilisation frauduleuse des comptes d'utilisateurs. Sans ces cookies, les services que vous avez demandés ne peuvent pas être fournis, et nous utilisons uniquement ces cookies pour vous fournir ces services.
    </li>

    <li>
        <b>Cookies de Politique / Acceptation de l'Avis sur les Cookies</b>
        <br/>
        Type : Cookies Persistants
        <br/>
        Administrés par : Nous
        <br/>
        Objectif : Ces cookies identifient si les utilisateurs ont accepté l'utilisation de cookies sur le Site Web.
    </li>

    <li>
        <b>Cookies de Fonctionnalité</b>
        <br/>
        Type : Cookies Persistants
        <br/>
        Administrés par : Nous
        <br/>
        Objectif : Ces cookies nous permettent de nous souvenir des choix que vous faites lorsque vous utilisez le Site Web, comme vous souvenir de vos détails de connexion ou de votre préférence linguistique. Le but de ces cookies est de vous fournir une expérience plus personnelle et de vous éviter de devoir saisir à nouveau vos préférences chaque fois que vous utilisez le Site Web.
    </li>

</ul>

<p>Pour plus d'informations sur les cookies que nous utilisons et vos choix concernant les cookies, veuillez visiter notre Politique sur les Cookies ou la section Cookies de notre Politique de Confidentialité.</p>

<h3 class="mt-3">Utilisation de Vos Données Personnelles</h3>
<p>La Société peut utiliser les Données Personnelles aux fins suivantes :</p>

<ul>
    <li>
        <b>Pour fournir et maintenir notre Service</b>, y compris pour surveiller l'utilisation de notre Service.
    </li>
    <li>
        <b>Pour gérer Votre Compte :</b> gérer Votre inscription en tant qu'utilisateur du Service. Les Données Personnelles que vous fournissez peuvent vous donner accès à différentes fonctionnalités du Service qui sont disponibles pour vous en tant qu'utilisateur enregistré.
    </li>
    <li><b>Pour l'exécution d'un contrat :</b> le développement, la conformité et l'entreprise du contrat d'achat pour les produits, articles ou services que vous avez achetés ou de tout autre contrat avec Nous à travers le Service.</li>

    <li><b>Pour vous contacter :</b> Pour vous contacter par e-mail, appels téléphoniques, SMS ou autres formes équivalentes de communication électronique, telles que les notifications push d'une application mobile concernant les mises à jour ou les communications informatives liées aux fonctionnalités, produits ou services contractés, y compris les mises à jour de sécurité, lorsque cela est nécessaire ou raisonnable pour leur mise en œuvre.</li>

    <li><b>Pour vous fournir des nouvelles,</b> des offres spéciales et des informations générales sur d'autres biens, services et événements que nous proposons qui sont similaires à ceux que vous avez déjà achetés ou renseignés, sauf si vous avez choisi de ne pas recevoir de telles informations.</li>

    <li><b>Pour gérer Vos demandes :</b> Pour assister et gérer Vos demandes à Nous.</li>

    <li><b>Pour les transferts d'entreprise :</b> Nous pouvons utiliser Vos informations pour évaluer ou réaliser une fusion, cession, restructuration, réorganisation, dissolution ou autre vente ou transfert de tout ou partie de Nos actifs, que ce soit dans le cadre d'une continuité d'activité ou dans le
</ul>

<p>Nous pouvons partager vos informations personnelles dans les situations suivantes :</p>

<ul>
    <li><b>Avec les Prestataires de Services :</b> Nous pouvons partager vos informations personnelles avec les Prestataires de Services pour surveiller et analyser l'utilisation de notre Service, pour vous contacter.</li>
    <li><b>Pour les transferts d'entreprise :</b> Nous pouvons partager ou transférer vos informations personnelles en lien avec, ou pendant les négociations de, toute fusion, vente d'actifs de l'Entreprise, financement, ou acquisition de tout ou partie de Notre entreprise par une autre société.</li>
    <li><b>Avec les Affiliés :</b> Nous pouvons partager vos informations avec Nos affiliés, auquel cas nous exigerons que ces affiliés respectent cette Politique de Confidentialité. Les affiliés incluent Notre société mère et toute autre filiale, partenaires de coentreprise ou autres entreprises que Nous contrôlons ou qui sont sous contrôle commun avec Nous.</li>
    <li><b>Avec les partenaires commerciaux :</b> Nous pouvons partager vos informations avec Nos partenaires commerciaux pour vous offrir certains produits, services ou promotions.</li>
    <li><b>Avec d'autres utilisateurs :</b> lorsque vous partagez des informations personnelles ou interagissez autrement dans les zones publiques avec d'autres utilisateurs, ces informations peuvent être vues par tous les utilisateurs et peuvent être distribuées publiquement à l'extérieur.</li>
    <li><b>Avec votre consentement :</b> Nous pouvons divulguer vos informations personnelles pour tout autre but avec votre consentement.</li>
</ul>

<h3 class="mt-3">Conservation de Vos Données Personnelles</h3>

<p>La Société conservera Vos Données Personnelles uniquement pendant la durée nécessaire aux fins établies dans cette Politique de Confidentialité. Nous conserverons et utiliserons Vos Données Personnelles dans la mesure nécessaire pour nous conformer à nos obligations légales (par exemple, si nous sommes tenus de conserver vos données pour respecter les lois applicables), résoudre les litiges et faire appliquer nos accords et politiques légaux.</p>
<p>La Société conservera également les Données d'Utilisation à des fins d'analyse interne. Les Données d'Utilisation sont généralement conservées pendant une période de temps plus courte, sauf lorsque ces données sont utilisées pour renforcer la sécurité ou pour améliorer la fonctionnalité de Notre Service, ou Nous sommes légalement obligés de conserver ces données pendant des périodes de temps plus longues.</p>

<h3 class="mt-3">Transfert de Vos Données Personnelles</h3>
<p>Vos informations, y compris les Données Personnelles, sont traitées dans les bureaux d'exploitation de la Société et dans tout autre lieu où les parties impliquées dans le traitement sont situées. Cela signifie que ces informations peuvent être transférées à — et maintenues sur — des ordinateurs situés en dehors de votre état, province, pays ou autre juridiction gouvernementale où les lois sur la protection des données peuvent différer de celles de votre juridiction.</p>
<p>Votre consentement à cette Politique de Confidentialité suivi de votre soumission de telles informations représente votre accord à ce transfert.</p>
<p>La Société prendra toutes les mesures raisonnablement nécessaires pour s'assurer que vos données sont traitées en toute sécurité et conformément à cette Politique de Confidentialité et aucun transfert de Vos Données Personnelles n'aura lieu vers une organisation ou un pays à moins que des contrôles adéquats ne soient en place, y compris la sécurité de Vos données et autres informations personnelles.</p>

<h3 class="mt-3">Suppression de Vos Données Personnelles</h3>

<p>Vous avez le droit de supprimer ou de demander que Nous aidions à supprimer les Données Personnelles que Nous avons collectées à votre sujet.</p>

<p>Notre Service peut vous donner la capacité de supprimer certaines informations vous concernant depuis le Service.</p>

<p>Vous pouvez mettre à jour, modifier ou supprimer vos informations à tout moment en vous connectant à Votre Compte, si vous en avez un, et en visitant la section des paramètres du compte qui vous permet de gérer vos informations personnelles. Vous pouvez également nous contacter pour demander l'accès, la correction ou la suppression de toute information personnelle que vous nous avez fournie.</p>

<p>Veuillez noter, cependant, que nous pouvons avoir besoin de conserver certaines informations lorsque nous avons une obligation légale ou une base légale pour le faire.</p>

<h3 class="mt-3">Divulgation de Vos Données Personnelles</h3>
<h4>Transactions commerciales</h4>
<p>Si la Société est impliquée dans une fusion, acquisition ou vente d'actifs, Vos Données Personnelles peuvent être transférées. Nous fournirons un avis avant que Vos Données Personnelles ne soient transférées et soumises à une Politique de Confidentialité différente.</p>

<h4 class="mt-3">Application de la loi</h4>
<p>Dans certaines circonstances, la Société peut être tenue de divulguer Vos Données Personnelles si nécessaire pour ce faire par la loi ou en réponse à des demandes valides par des autorités publiques (par exemple, un tribunal ou une agence gouvernementale).</p>

<h4 class="mt-3">Autres exigences légales</h4>
<p>La Société peut divulguer Vos Données Personnelles dans la conviction de bonne foi que cette action est nécessaire pour :</p>

<h3 class="mt-3">Sécurité de Vos Données Personnelles</h3>
<p>La sécurité de Vos Données Personnelles est importante pour Nous, mais rappelez-vous qu'aucune méthode de transmission sur Internet ou méthode de stockage électronique n'est sécurisée à 100 %. Alors que Nous nous efforçons d'utiliser des moyens commercialement acceptables pour protéger Vos Données Personnelles, Nous ne pouvons pas garantir leur sécurité absolue.</p>

<h3>Confidentialité des Enfants</h3>
<p>Notre Service ne s'adresse à personne de moins de 13 ans. Nous ne collectons pas sciemment des informations personnellement identifiables de personnes de moins de 13 ans. Si Vous êtes un parent ou un tuteur et que Vous êtes conscient que Votre enfant Nous a fourni des Données Personnelles, veuillez Nous contacter. Si Nous prenons conscience que Nous avons collecté des Données Personnelles de personnes de moins de 13 ans sans vérification du consentement parental, Nous prenons des mesures pour supprimer ces informations de Nos serveurs.</p>
<p>Si Nous devons nous appuyer sur le consentement comme base légale pour traiter Vos informations et que Votre pays exige le consentement d'un parent, Nous pouvons exiger le consentement de Vos parents avant de collecter et d'utiliser ces informations.</p>

<h3>Liens vers d'Autres Sites Web</h3>

<p>Notre Service peut contenir des liens vers d'autres sites Web qui ne sont pas exploités par Nous. Si Vous cliquez sur un lien tiers, Vous serez dirigé vers le site de ce tiers. Nous Vous conseillons vivement de lire la Politique de Confidentialité de chaque site que Vous visitez.</p>
<p>Nous n'avons aucun contrôle sur et n'assumons aucune responsabilité quant au contenu, aux politiques de confidentialité ou aux pratiques des sites ou services tiers.</p>

<h3 class="mt-3">Modifications de cette Politique de Confidentialité</h3>

<p>Nous pouvons mettre à jour Notre Politique de Confidentialité de temps à autre. Nous Vous notifierons de tout changement en publiant la nouvelle Politique de Confidentialité sur cette page.</p>

<p>Nous Vous informerons par e-mail et/ou un avis bien visible sur Notre Service, avant que le changement ne devienne effectif et mettrons à jour la date de "Dernière mise à jour" en haut de cette Politique de Confidentialité.</p>

<p>Vous êtes conseillé de revoir cette Politique de Confidentialité périodiquement pour tout changement. Les modifications apportées à cette Politique de Confidentialité sont effectives lorsqu'elles sont publiées sur cette page.</p>

<h3 class="mt-3">Nous Contacter</h3>
<p>Si vous avez des questions sur cette Politique de Confidentialité, Vous pouvez nous contacter :</p>

<ul>
    <li>Par e-mail : contact@gvagroupe.ch</li>    

    <li>En visitant cette page sur notre site Web : <a href="https://gvagroupe.ch/contact">https://gvagroupe.ch/contact</a></li>

    <li>Par numéro de téléphone : +41762653397</li>

    <li>Par courrier : Rue Pré-Bouvier 8 1214 Satigny</li>
</ul>

