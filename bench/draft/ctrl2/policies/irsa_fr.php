<section class="tight" id="mentions-legales" aria-labelledby="h-mentions">
    <h2 id="h-mentions">Mentions légales</h2>

        <p class="meta">Le présent site internet est édité par :</p>
        <p>
        <strong>IRSA – Centre de Services ASBL</strong>, association sans but lucratif régie par le droit belge.
        </p>

        <h3>Objet social</h3>
        <p>
        « … promouvoir, dans la perspective de la meilleure inclusion et intégration sociétales possible,
        l'accompagnement et l'éducation tant en accueil de jour qu'en hébergement :
        -des enfants et adultes en situation de handicap sensoriel sans ou avec handicap(s) associé(s)
        -des enfants et adultes présentant des troubles sévères du langage sans ou avec handicap(s) associé(s)
        -des enfants présentant des troubles instrumentaux sévères sans ou avec handicap(s) associé(s) … »
        </p>

    <div aria-label="Coordonnées et informations administratives">
        <dl class="grid">
        <dt>Siège social</dt>
        <dd>
            <address>Chaussée de Waterloo 1504, 1180 Bruxelles, Belgique</address>
        </dd>

        <dt>Mail</dt>
        <dd><a href="mailto:info@irsa.be">info@irsa.be</a></dd>

        <dt>Tél</dt>
        <dd><a href="tel:+3228826900">+32 (0)2 882 69 00</a></dd>

        <dt>Numéro d'entreprise (BCE)</dt>
        <dd>0431.645.248 — RPM Bruxelles</dd>

        <dt>IBAN</dt>
        <dd>BE94 7795 9133 9114</dd>

        <dt>Responsable de la publication</dt>
        <dd>Florence Lobert, Directrice</dd>
        </dl>
    </div>

    <div aria-label="Hébergement du site">
    <p class="meta">
    Le site <strong>www.irsa.be</strong> a été conçu et est hébergé par
    <strong>
        <a href="https://lareponse.org" target="_blank" rel="noopener noreferrer"
        aria-label="lareponse — site externe, nouvel onglet">
        lareponse <span aria-hidden="true">↗</span>
        </a>
    </strong>
    </p>

    </div>

    <p>
        IRSA ASBL veille à fournir des informations exactes et à jour. Toutefois, elle ne saurait être tenue responsable
        d'erreurs, d'omissions ou de l'indisponibilité temporaire du site.
    </p>
</section>

<section class="tight" id="confidentialite" aria-labelledby="h-conf">
    <h2 id="h-conf">Politique de confidentialité</h2>

    <p>
        IRSA ASBL traite les données à caractère personnel dans le respect du Règlement (UE) 2016/679 (RGPD),
        de la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements
        de données à caractère personnel, ainsi que de toute réglementation applicable.
    </p>

    <h3>1. Responsable du traitement</h3>
    <div class="card">
        <p>Le responsable du traitement est :</p>
        <address>
        <strong>IRSA ASBL</strong><br />
        Carine Mordant, Directrice de la Communication<br />
        Chaussée de Waterloo 1504, 1180 Bruxelles, Belgique<br />
        <a href="mailto:communication@irsa.be">communication@irsa.be</a>
        </address>
    </div>

    <h3>2. Données personnelles traitées</h3>
    <p>
        Le site <strong>www.irsa.be</strong> ne procède à aucune collecte automatique de données personnelles.
        Des données peuvent être communiquées de manière volontaire par l'utilisateur, notamment via :
    </p>
    <ul>
        <li>un contact par e-mail,</li>
        <li>une demande d'information.</li>
    </ul>
    <p>
        Les données concernées sont limitées aux informations strictement nécessaires (ex. nom, adresse e-mail,
        contenu du message).
    </p>

    <h3>3. Finalités du traitement</h3>
    <p>Les données sont traitées exclusivement pour :</p>
    <ul>
        <li>répondre aux demandes formulées,</li>
        <li>assurer le suivi institutionnel ou administratif y afférent.</li>
    </ul>
    <p>Aucune donnée n'est utilisée à des fins commerciales, publicitaires ou de profilage.</p>

    <h3>4. Base juridique du traitement</h3>
    <p>Le traitement repose sur :</p>
    <ul>
        <li>le consentement libre, spécifique et éclairé de la personne concernée,</li>
        <li>et/ou l'intérêt légitime d'IRSA ASBL à répondre aux sollicitations reçues.</li>
    </ul>

    <h3>5. Destinataires des données</h3>
    <p>
        Les données personnelles sont accessibles uniquement aux membres habilités d'IRSA ASBL.
        Elles ne font l'objet d'aucune communication à des tiers, sauf obligation légale.
    </p>

    <h3>6. Durée de conservation</h3>
    <p>
        Les données sont conservées pendant la durée strictement nécessaire au traitement de la demande, puis supprimées
        ou archivées conformément aux obligations légales.
    </p>

    <h3>7. Sécurité des données</h3>
    <p>
        IRSA ASBL met en œuvre des mesures techniques et organisationnelles appropriées afin de garantir la sécurité
        et la confidentialité des données personnelles.
    </p>
</section>

<section class="tight" id="accessibilite" aria-labelledby="h-acc">
    <h2 id="h-acc">Accessibilité du site</h2>

    <p>
        IRSA ASBL s'engage à assurer l'accessibilité de son site internet conformément aux principes d'égalité d'accès
        à l'information et d'inclusion numérique.
    </p>
    <p>
        Le site est conçu en tenant compte des <abbr title="Web Content Accessibility Guidelines">WCAG</abbr> 2.1 – niveau AA,
        dans la mesure du possible.
    </p>
    <p>
        Malgré le soin apporté, certaines difficultés peuvent subsister. Toute personne rencontrant un obstacle à l'accès au contenu
        est invitée à contacter :
        <a href="mailto:communication@irsa.be">communication@irsa.be</a>.
    </p>
</section>

<section class="tight" id="cookies" aria-labelledby="h-cookies">
    <h2 id="h-cookies">Cookies</h2>

    <h3>1. Principe général</h3>
    <p>
        IRSA ASBL respecte la réglementation européenne et belge relative à l'utilisation des cookies et autres traceurs,
        notamment l'article 5(3) de la directive ePrivacy et les recommandations de l'Autorité de protection des données.
    </p>

    <h3>2. Situation actuelle</h3>
    <p>Le site <strong>www.irsa.be</strong> :</p>
    <ul>
        <li>n'utilise aucun cookie, y compris cookies techniques, analytiques ou marketing ;</li>
        <li>ne dépose aucun traceur sur le terminal de l'utilisateur ;</li>
        <li>ne collecte aucune donnée de navigation.</li>
    </ul>
    <p>Aucun consentement n'est donc requis pour l'utilisation du site.</p>

    <h3>3. Évolution</h3>
    <p>En cas d'introduction future de cookies ou traceurs, IRSA ASBL s'engage à :</p>
    <ul>
        <li>informer clairement les utilisateurs,</li>
        <li>recueillir leur consentement préalable lorsque requis,</li>
        <li>mettre à jour la présente politique.</li>
    </ul>
</section>

<section class="tight" id="droits" aria-labelledby="h-droits">
    <h2 id="h-droits">Gestion des données personnelles et droits des personnes</h2>

    <p>Conformément au RGPD, toute personne concernée dispose des droits suivants :</p>
    <ul>
        <li>droit d'accès,</li>
        <li>droit de rectification,</li>
        <li>droit à l'effacement,</li>
        <li>droit à la limitation du traitement,</li>
        <li>droit d'opposition,</li>
        <li>droit à la portabilité des données (lorsque applicable).</li>
    </ul>

    <h3>Exercice des droits</h3>
    <p>
        Les demandes peuvent être adressées à :
        <a href="mailto:communication@irsa.be">communication@irsa.be</a>.
        IRSA ASBL s'engage à y répondre dans les délais légaux.
    </p>
</section>

<section class="tight" id="autorite" aria-labelledby="h-apd">
    <h2 id="h-apd">Autorité de contrôle</h2>

    <p>
        Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de :
    </p>

    <div class="card">
        <address>
        <strong>Autorité de protection des données (APD)</strong><br />
        Rue de la Presse 35, 1000 Bruxelles<br />
        Belgique
        </address>
    </div>
</section>

<?php return ['page-legal'];