<?php
/**
 * Title: Privacy Policy Page
 * Slug: ssom/privacy-policy
 * Categories: ssom
 * Keywords: privacy, policy, gdpr, avg
 */
?>

<!-- wp:group {"align":"full","className":"privacy-policy-page","layout":{"type":"constrained","contentSize":"800px"}} -->
<div class="wp-block-group alignfull privacy-policy-page">
	
	<!-- wp:heading {"level":1,"textAlign":"left","style":{"spacing":{"margin":{"top":"3rem","bottom":"2rem"}}}} -->
	<h1 class="has-text-align-left" style="margin-top:3rem;margin-bottom:2rem">Privacybeleid</h1>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p><strong>Laatst bijgewerkt: November 2025</strong></p>
	<!-- /wp:paragraph -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">1. Wie zijn wij?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Studio Sound of Music is een gitaarschool gevestigd aan de Florijnburg 41 in Nieuwegein. Wij bieden gitaarlessen aan voor alle leeftijden en niveaus.</p>
	<!-- /wp:paragraph -->

	<!-- wp:paragraph -->
	<p><strong>Contactgegevens:</strong><br>Studio Sound of Music<br>Florijnburg 41<br>3435 CM Nieuwegein<br>E-mail: info@studiosoundofmusic.nl<br>Telefoon: +31 6 57461677</p>
	<!-- /wp:paragraph -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">2. Welke gegevens verzamelen wij?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Wij verzamelen alleen de gegevens die noodzakelijk zijn voor het geven van gitaarlessen:</p>
	<!-- /wp:paragraph -->

	<!-- wp:list -->
	<ul class="wp-block-list">
		<!-- wp:list-item -->
		<li>Naam en achternaam</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>E-mailadres</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Telefoonnummer</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Leeftijd (voor leerlingen jonger dan 18 jaar)</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Betaalgegevens (indien van toepassing)</li>
		<!-- /wp:list-item -->
	</ul>
	<!-- /wp:list -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">3. Waarvoor gebruiken wij uw gegevens?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Wij gebruiken uw persoonsgegevens voor:</p>
	<!-- /wp:paragraph -->

	<!-- wp:list -->
	<ul class="wp-block-list">
		<!-- wp:list-item -->
		<li>Het plannen en geven van gitaarlessen</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Communicatie over lessen en roosters</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Facturatie en betalingen</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Het versturen van nieuwsbrieven (alleen met uw toestemming)</li>
		<!-- /wp:list-item -->
	</ul>
	<!-- /wp:list -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">4. Hoe lang bewaren wij uw gegevens?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Wij bewaren uw persoonsgegevens niet langer dan noodzakelijk voor de doeleinden waarvoor zij zijn verzameld:</p>
	<!-- /wp:paragraph -->

	<!-- wp:list -->
	<ul class="wp-block-list">
		<!-- wp:list-item -->
		<li>Contactgegevens van actieve leerlingen: zolang u leerling bent</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Financiële gegevens: 7 jaar (wettelijke verplichting)</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Nieuwsbriefgegevens: tot u zich uitschrijft</li>
		<!-- /wp:list-item -->
	</ul>
	<!-- /wp:list -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">5. Delen wij uw gegevens met derden?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Wij verkopen uw gegevens niet aan derden. Wij delen uw gegevens alleen met derden die noodzakelijk zijn voor onze dienstverlening, zoals:</p>
	<!-- /wp:paragraph -->

	<!-- wp:list -->
	<ul class="wp-block-list">
		<!-- wp:list-item -->
		<li>E-mail providers voor communicatie</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Betaaldiensten (indien van toepassing)</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Hosting providers voor onze website</li>
		<!-- /wp:list-item -->
	</ul>
	<!-- /wp:list -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">6. Uw rechten</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>U heeft het recht om:</p>
	<!-- /wp:paragraph -->

	<!-- wp:list -->
	<ul class="wp-block-list">
		<!-- wp:list-item -->
		<li>Inzage te vragen in uw persoonsgegevens</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Correctie of aanvulling van uw gegevens te vragen</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Verwijdering van uw gegevens te vragen</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Bezwaar te maken tegen verwerking van uw gegevens</li>
		<!-- /wp:list-item -->
		<!-- wp:list-item -->
		<li>Uw gegevens over te dragen naar een andere partij</li>
		<!-- /wp:list-item -->
	</ul>
	<!-- /wp:list -->

	<!-- wp:paragraph -->
	<p>Om deze rechten uit te oefenen, kunt u contact met ons opnemen via info@studiosoundofmusic.nl</p>
	<!-- /wp:paragraph -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">7. Beveiliging</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Wij nemen de bescherming van uw gegevens serieus en nemen passende maatregelen om misbruik, verlies, onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan.</p>
	<!-- /wp:paragraph -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">8. Cookies</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Onze website gebruikt functionele cookies om de website goed te laten werken. Deze cookies hebben geen gevolgen voor uw privacy.</p>
	<!-- /wp:paragraph -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">9. Wijzigingen in dit privacybeleid</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Wij kunnen dit privacybeleid van tijd tot tijd wijzigen. De meest recente versie is altijd te vinden op deze pagina.</p>
	<!-- /wp:paragraph -->

	<!-- wp:heading {"level":2} -->
	<h2 class="wp-block-heading">10. Vragen?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph -->
	<p>Als u vragen heeft over ons privacybeleid of over de manier waarop wij met uw persoonsgegevens omgaan, neem dan contact met ons op via info@studiosoundofmusic.nl of bel ons op +31 6 57461677.</p>
	<!-- /wp:paragraph -->

	<!-- wp:spacer {"height":"3rem"} -->
	<div style="height:3rem" aria-hidden="true" class="wp-block-spacer"></div>
	<!-- /wp:spacer -->

	<!-- wp:buttons -->
	<div class="wp-block-buttons">
		<!-- wp:button -->
		<div class="wp-block-button">
			<a class="wp-block-button__link wp-element-button" href="/">Terug naar home</a>
		</div>
		<!-- /wp:button -->
	</div>
	<!-- /wp:buttons -->

</div>
<!-- /wp:group -->

