<div class="main container">
    <div class="privacy__content">
      <h1>PRIVACYVERKLARING</h1> 
      <h2>PERSOONSGEGEVENS DIE WORDEN VERWERKT</h2> 

      WAAROM VASILIS GEGEVENS NODIG HEEFT
      <p>VASILIS verwerkt uw persoonsgegevens om telefonisch contact met u op te kunnen nemen als u daar om verzoekt, en/of om u schriftelijk (per e-mail en/of per post) te kunnen benaderen indien u telefonisch onverhoopt niet bereikt kunt worden.</p>

      <p>Daarnaast kan VASILIS uw persoonsgegevens gebruiken in het kader van het uitvoeren van een met u gesloten overeenkomst van opdracht, doorgaans bestaande uit juridische dienstverlening.</p>

      <h2>HOE LANG VASILIS GEGEVENS BEWAART</h2> 
      <p>VASILIS bewaart uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren, waarvoor uw gegevens worden verzameld. Uw gegevens worden niet langer dan een jaar bewaard indien er geen overeenkomst met u tot stand komt.</p>

      <h2>DELEN MET ANDEREN</h2> 
      <p>VASILIS verstrekt uw persoonsgegevens alléén aan derden indien dit nodig is voor de uitvoering van een overeenkomst met u, of om te voldoen aan een wettelijke verplichting.</p>

      Privacyverklaring
      <h2>IN KAART BRENGEN WEBSITEBEZOEK</h2> 
      <p>Op de website van VASILIS worden algemene bezoekgegevens bijgehouden, waaronder het IP-adres van uw computer en het tijdstip van opvraging en gegevens die uw browser meestuurt. </p>
      <p>Deze gegevens worden gebruikt voor analyses van bezoek- en klikgedrag op de website. VASILIS gebruikt deze informatie om de werking van de website te verbeteren. 
      Deze gegevens worden zo veel mogelijk geanonimiseerd en worden niet aan derden verstrekt.</p>

      <h2>GOOGLE ANALYTICS</h2> 
      <p>VASILIS maakt gebruik van Google Analytics om bij te houden hoe gebruikers de websitegebruiken en hoe effectief de Adwords-advertenties van VASILIS bij Google zoekresultaatpagina’s zijn.</p>
      <p>De aldus verkregen informatie wordt, met inbegrip van het adres van uw computer (IP-adres), overgebracht naar en door Google opgeslagen op servers in de Verenigde Staten.</p>
      <p>Lees het privacybeleid van Google voor meer informatie. U treft ook het privacybeleid van Google Analytics hier aan.</p> 
      <p>Google gebruikt deze informatie om bij te houden hoe onze website gebruikt wordt, om rapporten over de Website aan VASILIS te kunnen verstrekken en om haar adverteerders informatie over de effectiviteit van hun campagnes te kunnen bieden.</p>
      <p>Google kan deze informatie aan derden verschaffen indien Google hiertoe wettelijk wordt verplicht, of voor zover deze derden de informatie namens Google verwerken.</p>
      <p>VASILIS heeft hier geen invloed op.
      VASILIS heeft Google geen toestemming gegeven om via VASILIS verkregen Analytics-informatie te gebruiken voor andere Google-diensten.
      GEGEVENS INZIEN, AANPASSEN OF VERWIJDEREN</p>
      <p>U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen. U kunt een verzoek tot inzage, correctie of verwijdering sturen naar ons email adres zie homepagina. </p>
      <p>VASILIS zal zo snel mogelijk, maar binnen vier weken, op uw verzoek reageren.</p>

      <h2>BEVEILIGEN</h2>
      <p>VASILIS neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik, verlies, onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan. </p>
      <p>De website van VASILIS maakt gebruik van een betrouwbaar SSL Certificaat om te borgen dat uw persoonsgegevens niet in verkeerde handen vallen.</p>
      <p>Als u de indruk heeft dat uw gegevens niet goed beveiligd zijn of er aanwijzingen zijn van misbruik, of indien u meer informatie wenst over de beveiliging van door VASILIS verzamelde persoonsgegevens, neem dan contact met VASILIS op via ons e-mail adres. <DOMEINNAAM> is een website van VASILIS. </p>

      VASILIS is als volgt te bereiken:

      Inschrijvingsnummer handelsregister Kamer van Koophandel: BTW  BE 0472 736 428
      Telefoon: +(32)472489779
  </div>
</div>