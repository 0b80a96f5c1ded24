<!DOCTYPE html>
<html lang="fr">
<head>
    <title>Politique de confidentialité | Mél'égumes</title>
    <?php
    require_once("include_head.php");
    ?>
</head>
<body>

<main class="wrapper">


    <span class="stabilisation"></span>
    <p style="text-align: center;"><strong>POLITIQUE DE CONFIDENTIALITE<br/></strong><em>Mise à jour le <span
                    id="span_id_update">27 février 2019</span></em></p>
    <p style="text-align: left;"><strong>1. Parties et Objet</strong></p>
    <p><span id="span_id_enterprise_name">Mél'égumes</span> (ci-après "<strong><span
                    id="span_id_enterprise_name_common">Mél'égumes</span></strong>" ou le "<strong>Responsable du
            Traitement</strong>")<br/><span id="span_id_enterprise_adress">Rue du Petit Marais (G.)   22  Localisation géographique 7011   Mons</span><br/>BCE
        / TVA&nbsp;: <span id="span_id_enterprise_number">2.263.527.167</span><br/>Mail&nbsp;: <span
                id="span_id_enterprise_mail">mel.egumes@gmail.com</span><br/>Téléphone&nbsp;: <span
                id="span_id_enterprise_phone">(+32)474/47.46.73</span></p>
    <p><br/><br/></p>
    <p><span id="span_id_enterprise_name_common">Mél'égumes</span> établit la présente Politique de confidentialité dont
        l'objet est d'informer en toute transparence les Utilisateurs du site internet hébergé à l'adresse suivante&nbsp;:
        <span id="span_id_website_adress">melegumes.jasoncaussin.be</span>, (ci-après le "<strong>Site</strong>"), de la
        manière dont les données personnelles sont récoltées et traitées par <span id="span_id_enterprise_name_common">Mél'égumes</span>.
    </p>
    <p>Le terme "<strong>Utilisateur</strong>" fait référence à tout utilisateur, soit toute personne physique ou
        morale, qui visite ou interagit d'une quelconque manière avec le Site.</p>
    <p>A ce titre, <span id="span_id_enterprise_name_common">Mél'égumes</span> détermine tous les moyens et finalités
        techniques, juridiques et organisationnelles du traitement des données personnelles des Utilisateurs. <span
                id="span_id_enterprise_name_common">Mél'égumes</span> s'engage à cet effet à prendre toutes les mesures
        nécessaires pour garantir un traitement des données personnelles conforme à la loi du 30 juillet 2018, relative
        à la protection des personnes physiques à l'égard des traitements des données à caractère personnel (ci-après,
        "la <strong>Loi</strong>") et au Règlement européen du 26 avril 2016 relatif à la protection des données des
        personnes physiques à l'égard du traitement des données à caractère personnel et à la libre circulation de ces
        données (ci-après le "<strong>Règlement</strong>").</p>
    <p><span id="span_id_enterprise_name_common">Mél'égumes</span> est libre de choisir toute personne physique ou
        morale qui traite les données personnelles des utilisateurs à sa demande et pour son compte (ci-après le
        "<strong>Sous-traitant</strong>"). Le cas échéant, <span id="span_id_enterprise_name_common">Mél'égumes</span>
        s'engage à sélectionner un Sous-traitant offrant des garanties suffisantes quant aux mesures de sécurité
        techniques et organisationnelles du traitement des données personnelles, au regard de la Loi et du Règlement.
    </p>
    <p><strong>2. Traitement des données personnelles</strong></p>
    <p>L'utilisation du Site par les Utilisateurs pourra entraîner la communication de données personnelles. Le
        traitement de ces données par <span id="span_id_enterprise_name_common">Mél'égumes</span>, en sa qualité de
        Responsable du traitement, ou par les prestataires agissant au nom et pour le compte de <span
                id="span_id_enterprise_name_common">Mél'égumes</span>, sera conforme à la Loi et au Règlement.</p>
    <p>Les données à caractère personnel seront traitées par <span id="span_id_enterprise_name_common">Mél'égumes</span>,
        conformément aux finalités citées plus bas, via&nbsp;:</p>
    <p style="padding-left: 30px;"><span id="span_id_data_treatment">- une procédure automatisée;<br/>- divers échanges de mails: contact, demande de partenaire et commande de produits;</span>
    </p>
    <p><strong>3. Finalité du traitement des données personnelles</strong></p>
    <p>Conformément à l'article 13 du Règlement, les finalités du traitement des données personnelles sont communiquées
        à l'Utilisateur et sont les suivantes&nbsp;:</p>
    <p style="padding-left: 30px;"><span id="span_id_data_treatment_objectives">- les adresses emails sont stockées sur l'adresse Gmail afin de pouvoir répondre aux clients mais ne seront, en aucun cas, utilisées pour de la publicité et les newsletters;</span>
    </p>
    <p><strong>4. Données personnelles susceptibles d'être traitées</strong></p>
    <p>L'Utilisateur consent, lors de la visite et lors de l'utilisation du Site, que <span
                id="span_id_enterprise_name_common">Mél'égumes</span> recueille et traite, selon les modalités et
        principes décrits dans la présente Politique de confidentialité, les données à caractère personnel suivantes&nbsp;:
    </p>
    <p style="padding-left: 30px;"><span id="span_id_data_personal">- leurs noms et prénoms;<br/>- leurs adresses emails;<br/>- leurs numéros de téléphone;<br/>- leurs noms de sociétés;</span>
    </p>
    <p><strong>5. Consentement</strong></p>
    <p>En accédant au Site et en l'utilisant, l'Utilisateur déclare avoir pris connaissance et marqué son accord de
        façon libre, spécifique, éclairée et univoque au traitement des données à caractère personnel la concernant. Cet
        accord porte sur le contenu de la présente Politique de confidentialité.</p>
    <p>Le consentement est donné par l'acte positif par lequel l'Utilisateur a coché la case proposant la Politique de
        confidentialité en lien hypertexte. Ce consentement est une condition indispensable pour effectuer certaines
        opérations sur le Site ou pour permettre à l'Utilisateur d'entrer en relation contractuelle avec <span
                id="span_id_enterprise_name_common">Mél'égumes</span>. Tout contrat liant <span
                id="span_id_enterprise_name_common">Mél'égumes</span> et un Utilisateur portant sur les services et
        biens proposés sur le Site est subordonné à l'acceptation de la Politique de confidentialité par l'Utilisateur.
    </p>
    <p>L'Utilisateur consent à ce que le Responsable du Traitement traite et recueille, conformément aux modalités et
        principes compris dans la présente Politique de confidentialité, ses données à caractère personnel qu'il
        communique sur le Site ou à l'occasion des services proposés par <span id="span_id_enterprise_name_common">Mél'égumes</span>,
        pour les finalités indiquées plus haut.</p>
    <p>L'Utilisateur a le droit de retirer son consentement à tout moment. Le retrait du consentement ne compromet pas
        la licéité du traitement fondé sur le consentement préalablement donné.</p>
    <p><strong>6. Durée de conservation des données personnelles des Utilisateurs</strong></p>
    <p>Conformément à l'article 13 §2 du Règlement et de la Loi, le Responsable du Traitement ne conserve les données à
        caractère personnel que pendant le temps raisonnablement nécessaire pour permettre l'accomplissement des
        finalités pour lesquelles elles sont traitées.</p>
    <p>Cette durée est dans tous les cas inférieure à&nbsp;: <span
                id="span_id_data_conservation_duration_max">3 ans</span></p>
    <p><strong>7. Destinataires des données et divulgation à des tiers</strong></p>
    <p>Les données personnelles peuvent être transmises aux préposés, collaborateurs, sous-traitants ou fournisseurs de
        <span id="span_id_enterprise_name_common">Mél'égumes</span> qui offrent des garanties de sécurité des données
        adéquates, et qui collaborent avec le <span id="span_id_enterprise_name_common">Mél'égumes</span> dans le cadre
        de la commercialisation de produits ou de la fourniture de services. Ils agissent sous l'autorité directe de
        <span id="span_id_enterprise_name_common">Mél'égumes</span>, et sont notamment responsables de recueillir, de
        traiter ou de sous-traiter ces données.</p>
    <p>Dans tous les cas, les destinataires des données et ceux à qui ces données ont été divulguées respectent le
        contenu de la présente Politique de confidentialité. <span id="span_id_enterprise_name_common">Mél'égumes</span>
        assure qu'ils traiteront ces données aux seules finalités prévues, de façon discrète et sécurisée.</p>
    <p>Dans l'hypothèse où les données seraient divulguées à des tiers à des fins de marketing direct ou de prospection,
        l'Utilisateur en sera préalablement informé pour qu'il exprime son consentement à l'utilisation de ces données
        personnels.</p>


    <p><strong>8. Droits des Utilisateurs</strong></p>
    <p>A tout moment, l'Utilisateur peut exercer ses droits en envoyant un message par courrier électronique à l'adresse
        suivante&nbsp;: <span id="span_id_enterprise_mail">mel.egumes@gmail.com</span>, ou une lettre par voie postale
        adressée, en joignant une copie de sa carte d'identité à l'adresse suivante&nbsp;: <span
                id="span_id_enterprise_adress">Rue du Petit Marais (G.)   22  Localisation géographique 7011   Mons</span>
    </p>
    <p style="padding-left: 30px;"><em>a. Droit d'accès</em></p>
    <p>Conformément à l'article 15 du Règlement, <span id="span_id_enterprise_name_common">Mél'égumes</span> garantit le
        droit d'accès à l'Utilisateur à ses données personnelles. L'Utilisateur a le droit d'obtenir l'accès auxdites
        données à caractère personnel ainsi que les informations suivantes:</p>
    <ul>
        <li>les finalités du traitement&nbsp;;</li>
        <li>les catégories de données à caractère personnel concernées&nbsp;;</li>
        <li>les destinataires ou catégories de destinataires auxquels les données à caractère personnel ont été ou
            seront communiquées, en particulier les destinataires qui sont établis dans des pays tiers ou les
            organisations internationales&nbsp;;
        </li>
        <li>lorsque cela est possible, la durée de conservation des données à caractère personnel envisagée ou, lorsque
            ce n'est pas possible, les critères utilisés pour déterminer cette durée&nbsp;;
        </li>
        <li>l'existence d'une prise de décision automatisée, y compris un profilage, visée à l'article 22, paragraphes 1
            et 4 du Règlement, et, au moins en pareils cas, des informations utiles concernant la logique sous-jacente,
            ainsi que l'importance et les conséquences prévues de ce traitement pour la personne concernée
        </li>
    </ul>
    <p>Le Responsable du Traitement peut exiger le paiement de frais raisonnables basés sur les coûts administratifs
        pour toute copie supplémentaire demandée par l'Utilisateur.</p>
    <p>Lorsque l'Utilisateur introduit cette demande par voie électronique (par le biais de l'adresse électronique par
        exemple), les informations sont fournies sous une forme électronique d'usage courant, à moins que l'Utilisateur
        ne demande qu'il en soit autrement.</p>
    <p>La copie de ses données sera communiquée à l'Utilisateur au plus tard dans le mois après la réception de la
        demande.</p>
    <p style="padding-left: 30px;"><em>b. </em><em>Droit de rectification</em></p>
    <p><span id="span_id_enterprise_name_common">Mél'égumes</span> garantit le droit de rectification et d'effacement
        des données personnelles à l'utilisateur.</p>
    <p>Conformément à l'article 16 du Règlement, les données incorrectes, inexactes ou non-pertinentes peuvent être
        corrigées ou effacées à tout moment. L'Utilisateur procède d'abord lui-même aux modifications nécessaires depuis
        son compte utilisateur/autre, sauf si celles-ci ne peuvent être effectuées de manière autonome, dans quel cas la
        demande peut en être faite auprès de <span id="span_id_enterprise_name_common">Mél'égumes</span>.</p>
    <p>Conformément à l'article 19 du Règlement, le Responsable du traitement notifie à chaque destinataire auquel les
        données à caractère personnel ont été communiquées toute rectification des données à caractère personnel, à
        moins qu'une telle communication se révèle impossible ou exige des efforts disproportionnés. Le responsable du
        traitement fournit à la personne concernée des informations sur ces destinataires si celle-ci en fait la
        demande.</p>
    <p style="padding-left: 30px;"><em>c. </em><em>Droit à l'effacement</em></p>
    <p>L'Utilisateur a le droit d'obtenir l'effacement de ses données personnelles dans les meilleurs délais dans les
        hypothèses énumérées à l'article 17 du Règlement.</p>
    <p>Lorsque le Responsable de Traitement a rendu publiques les données à caractère personnel et qu'il est tenu de les
        effacer en vertu du paragraphe précédent, le Responsable du traitement, compte tenu des technologies disponibles
        et des coûts de mise en œuvre, prend des mesures raisonnables, y compris d'ordre technique, pour informer les
        autres responsables du traitement qui traitent ces données à caractère personnel que la personne concernée a
        demandé l'effacement par ces responsables du traitement de tout lien vers ces données à caractère personnel, ou
        de toute copie ou reproduction de celles-ci.</p>
    <p>Les deux paragraphes précédents ne s'appliquent pas dans la mesure où ce traitement est nécessaire:</p>
    <ul>
        <li>à l'exercice du droit à la liberté d'expression et d'information;</li>
        <li>pour respecter une obligation légale qui requiert le traitement prévue par le droit de l'Union ou par le
            droit de l'État membre auquel le responsable du traitement est soumis, ou pour exécuter une mission
            d'intérêt public ou relevant de l'exercice de l'autorité publique dont est investi le responsable du
            traitement;
        </li>
        <li>à la constatation, à l'exercice ou à la défense de droits en justice.</li>
    </ul>
    <p>Conformément à l'article 19 du Règlement, le Responsable du traitement notifie à chaque destinataire auquel les
        données à caractère personnel ont été communiquées tout effacement de données à caractère personnel ou toute
        limitation du traitement effectué, à moins qu'une telle communication se révèle impossible ou exige des efforts
        disproportionnés. Le responsable du traitement fournit à la personne concernée des informations sur ces
        destinataires si celle-ci en fait la demande.</p>
    <p style="padding-left: 30px;"><em>d. </em><em>Droit de limitation du traitement</em></p>
    <p>L'Utilisateur a le droit d'obtenir la limitation du traitement de ses données personnelles dans les hypothèses
        énumérées à l'article 19 du Règlement.</p>
    <p>Conformément à l'article 19 du Règlement, le Responsable du traitement notifie à chaque destinataire auquel les
        données à caractère personnel ont été communiquées toute limitation du traitement effectué, à moins qu'une telle
        communication se révèle impossible ou exige des efforts disproportionnés. Le responsable du traitement fournit à
        la personne concernée des informations sur ces destinataires si celle-ci en fait la demande.</p>
    <p style="padding-left: 30px;"><em>e. </em><em>Droit de portabilité des données</em></p>
    <p>Conformément à l'article 20 du Règlement, les Utilisateurs ont le droit de recevoir de <span
                id="span_id_enterprise_name_common">Mél'égumes</span> les données à caractère personnel les concernant
        dans un format structuré, couramment utilisé et lisible par machine. Les Utilisateurs ont le droit de
        transmettre ces données à un autre responsable du traitement sans que <span id="span_id_enterprise_name_common">Mél'égumes</span>
        y fasse obstacle dans les cas prévus par le Règlement.</p>
    <p>Lorsque l'Utilisateur exerce son droit à la portabilité des données en application du paragraphe précédent, elle
        a le droit d'obtenir que les données à caractère personnel soient transmises directement d'un responsable du
        traitement à un autre, lorsque cela est techniquement possible.</p>
    <p>L'exercice du droit de portabilité des données s'entend sans préjudice du droit à l'effacement. Ce droit ne
        s'applique pas au traitement nécessaire à l'exécution d'une mission d'intérêt public ou relevant de l'exercice
        de l'autorité publique dont est investi le responsable du traitement.</p>
    <p>Le droit de portabilité des données ne porte pas atteinte aux droits et libertés de tiers.</p>
    <p style="padding-left: 30px;"><em>f. </em><em>Droit d'opposition et prise de décision individuelle automatisée</em>
    </p>
    <p>L'Utilisateur dispose à tout moment du droit de s'opposer au traitement de ses données personnelles en raison de
        sa situation particulière, y compris l'automatisation des données effectuée par <span
                id="span_id_enterprise_name_common">Mél'égumes</span>. Conformément à l'article 21 du Règlement, <span
                id="span_id_enterprise_name_common">Mél'égumes</span> ne traitera plus les données à caractère
        personnel, à moins qu'il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur les
        intérêts et les droits et libertés de l'Utilisateur, ou pour la constatation, l'exercice ou la défense de droits
        en justice.</p>
    <p>Lorsque les données à caractère personnel sont traitées à des fins de prospection, l'Utilisateur a le droit de
        s'opposer à tout moment au traitement des données à caractère personnel la concernant à de telles fins de
        prospection, y compris au profilage dans la mesure où il est lié à une telle prospection.</p>
    <p>Lorsque la personne concernée s'oppose au traitement à des fins de prospection, les données à caractère personnel
        ne sont plus traitées à ces fins.</p>
    <p style="padding-left: 30px;"><em>g. </em><em>Droit de plainte</em></p>
    <p>L'Utilisateur dispose du droit d'introduire une plainte concernant le traitement de ses données personnelles par
        <span id="span_id_enterprise_name_common">Mél'égumes</span> auprès de l'Autorité de Protection des Données,
        compétente pour le territoire belge. De plus amples informations peuvent être trouvées sur le site internet:
        https://www.autoriteprotectiondonnees.be.</p>
    <p>L'introduction d'une plainte se fait aux adresses suivantes:</p>
    <p style="padding-left: 30px;">Autorité de Protection des Données<br/>Rue de la Presse 35, 1000 Bruxelles<br/>Tél. +
        32 2 274 48 00<br/>Fax. + 32 2 274 48 35<br/>E-mail: <a>contact@apd-gba.be</a></p>
    <p>L'Utilisateur peut également introduire une plainte auprès du tribunal de première instance de son domicile.</p>

    <p><strong>9. Limitation de responsabilité du Responsable de traitement</strong></p>
    <p>Le site Internet peut contenir des liens vers d'autres sites internet détenus par des tiers non liés à <span
                id="span_id_enterprise_name_common">Mél'égumes</span>. Le contenu de ces sites et le respect de ceux-ci
        au regard de la Loi et du Règlement ne relèvent pas de la responsabilité de <span
                id="span_id_enterprise_name_common">Mél'égumes</span>.</p>
    <p>Le titulaire de l'autorité parentale doit donner son consentement exprès pour que le mineur de moins de 16 ans
        puisse divulguer des informations ou données personnelles sur le site Internet. <span
                id="span_id_enterprise_name_common">Mél'égumes</span> conseille vivement aux personnes exerçant
        l'autorité parentale sur des mineurs de promouvoir une utilisation responsable et sécurisée d'Internet. Le
        Responsable de traitement ne peut être tenu responsable pour avoir collecté et traité des informations et
        données personnelles de mineurs de moins de 16 ans dont le consentement n'est pas effectivement couvert par
        celui de leurs parents légaux ou pour des données incorrectes -notamment concernant l'âge- introduites par des
        mineurs. En aucun cas, des données personnelles ne seront traitées par le Responsable de traitement si
        l'Utilisateur précise qu'il est âgé de moins de 16 ans.</p>
    <p><span id="span_id_enterprise_name_common">Mél'égumes</span> n'est pas responsable de la perte, de la corruption
        ou du vol de données personnelles causés notamment par la présence de virus ou suite à des attaques
        informatiques.</p>
    <p><strong>10. Droit applicable et juridiction compétente</strong></p>
    <p>La présente Politique de confidentialité est exclusivement régie par le droit belge. Tout litige sera porté
        devant les tribunaux de l'arrondissement judiciaire du siège social de <span
                id="span_id_enterprise_name_common">Mél'égumes</span>.</p>
    <p><strong>11. Contact</strong></p>
    <p>Pour toute question ou réclamation relative à la présente Politique de confidentialité, l'Utilisateur peut
        contacter le Responsable du traitement via l'adresse suivante&nbsp;: <span id="span_id_enterprise_mail">mel.egumes@gmail.com</span>
    </p>                    </div>
    </section>
    </div>
    </div>


</main>
</body>
</html>