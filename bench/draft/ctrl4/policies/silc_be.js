import React from "react"

import Layout from "../components/layout"
import styles from "../styles/pages/privacy.module.scss"
import SEO from "../utils/seo"

const Privacy = () => {

  return (
    <Layout>
      <SEO title={"Privacy Policy"} />
      <article className={styles.wrapper}>
        <h1>Privacy Policy</h1>
        <div>
          <h2>Wie verwerkt de persoonsgegevens?</h2>
          <p>Silcestates.eu is een initiatief van: Silc Estates (Hierna: “Silc Estates”)</p>
          <p>Btw-nummer:BE 0881 663 286<br />
            Polisnr: 730.390.160<br />
            Bruyninckx Vastgoed BV (BIV 800.007)<br />
            Carl Bruyninckx (BIV 203.854)<br />
            E-mail: info@silcestates.eu<br />
            Telefoon: +32 (0) 14 39 47 78
          </p>
        </div>
        <div>
          <h2>Welke persoonsgegevens worden verwerkt?</h2>
          <p>Silc Estates verbindt zich ertoe enkel de gegevens te verwerken die ter zake dienend zijn en noodzakelijk zijn voor de doeleinden waarvoor zij verzameld werden. Volgende categorieën van persoonsgegevens kunnen verwerkt worden door Silc Estates:</p>
          <ul>
            <li>Identificatiegegevens</li>
          </ul>
        </div>
        <div>
          <h2>Voor welke doeleinden worden mijn persoonsgegevens gebruikt?</h2>
          <p>Silc Estates verzamelt persoonsgegevens om u een veilige, optimale en persoonlijke gebruikerservaring te bieden. De verzameling van persoonsgegevens wordt uitgebreider naarmate u intensiever gebruik maakt van het platform/de website/de applicatie en onze online dienstverlening.<br />
            Gegevensverwerking is essentieel voor de werking van het platform/de website/de applicatie en de daarbij horende diensten. De verwerking gebeurt uitsluitend voor volgende welbepaalde doeleinden:
          </p>
          <ul>
            <li>U toegang verschaffen tot uw gebruikersprofiel.</li>
            <li>Het aanbieden en verbeteren van een algemene en gepersonaliseerde dienstverlening; inclusief facturatiedoeleinden, aanbod van informatie, nieuwsbrieven en aanbiedingen die nuttig en/of noodzakelijk zijn voor u, de verkrijging en verwerking van gebruikersbeoordelingen en het verlenen van ondersteuning.</li>
            <li>Het aanbieden en verbeteren van de aangeleverde producten; persoonsgerichte en specifieke producten aan de hand van geleverde informatie en gegevens.</li>
            <li>De detectie van en bescherming tegen fraude, fouten en/of criminele gedragingen.</li>
            <li>Marketing doeleinden</li>
          </ul>
          <p>Bij een bezoek aan het platform/de website/de applicatie van Silc Estates worden er enkele gegevens ingezameld voor statistische doeleinden. Dergelijke gegevens zijn noodzakelijk om het gebruik van ons platform/onze website/onze applicatie te optimaliseren. Deze gegevens zijn: IP-adres, vermoedelijke plaats van consultatie, uur en dag van consultatie, welke pagina’s er werden bezocht. Wanneer u het platform/de website/de applicatie van Silc Estates bezoekt verklaart u zich akkoord met deze gegevensinzameling bestemd voor statische doeleinden zoals hierboven omschreven.<br />
          De Gebruiker verschaft steeds zelf de persoonsgegevens aan Silc Estates en kan op die manier een zekere controle uitoefenen. Indien bepaalde gegevens onvolledig of ogenschijnlijk incorrect zijn, behoudt Silc Estates zich het recht voor bepaalde verwachte handelingen tijdelijk of permanent uit te stellen.<br />
          Persoonsgegevens niet verkocht of meegedeeld aan andere derde partijen voor commerciële doeleinden die aan ons verbonden zijn. Silc Estates heeft alle mogelijke juridische en technische voorzorgen genomen om ongeoorloofde toegang en gebruik te vermijden.<br />
          </p>
        </div>
        <div>
          <h2>Campaign Monitor</h2>
          <p>Wij kunnen uw gegevens uitwisselen met Campaign Monitor. Dit is software voor emailmarketing. Via data-uitwisseling bewaken we de effectiviteit van onze emailcampagnes. Campaign Monitor kan statistische en prestatie-informatie bewaren, analyseren en compileren op basis van en / of gerelateerd aan ons gebruik van hun services, in een geaggregeerde en geanonimiseerde indeling.<br />
            Meer informatie over Campaign Monitor en GDPR: <a href="https://www.campaignmonitor.com/trust/gdpr-compliance/">https://www.campaignmonitor.com/trust/gdpr-compliance/</a>
          </p>
        </div>
        <div>
          <h2>Facebook</h2>
          <p>Wij kunnen uw gegevens delen met Facebook om te adverteren. Hierbij kunnen we lijsten van e-mailadressen uploaden zodat we bestaande contacten via het Facebook platform gepersonaliseerde advertenties kunnen tonen.<br />
            Facebook kan u aan de hand van uw gegevens Facebook-producten aanbieden, alsook meer inzicht krijgen in uw andere gegevens, waaronder gegevens over uw gebruik van andere websites en apps. Het is daarbij irrelevant of u wel of niet bent geregistreerd of aangemeld.<br />
            Facebook deelt de gecodeerde gegevens niet met derden of andere adverteerders en verwijdert de gecodeerde gegevens zodra het overeenstemmingsproces is voltooid.<br />
            Facebook bewaakt de vertrouwelijkheid en veiligheid van de gegevens door middel van technische en fysieke beveiliging van de Facebook-systemen waarop deze gegevens zijn opgeslagen.<br />
            Deze beveiliging beschermt en waakt tegen onbedoelde of ongeautoriseerde toegang om te voorkomen van gebruiken, wijzigen of delen van gegevens.<br />
            Facebook geeft geen toegang tot of informatie over de aangepaste doelgroep(en) aan derden of andere adverteerders, gebruikt de doelgroep(en) niet om deze aan informatie over onze gebruikers te koppelen, maakt geen profielen op basis van interesses en gebruikt deze doelgroep(en) niet op een andere manier dan voor het bieden van services, tenzij ze hiervoor onze toestemming hebben of hiertoe wettelijk verplicht zijn.<br />
            Meer informatie over de voorwaarden voor aangepaste doelgroepen op Facebook: <a href="https://www.facebook.com/ads/manage/customaudiences/tos.php">https://www.facebook.com/ads/manage/customaudiences/tos.php</a>
          </p>
        </div>
        <div>
          <h2>Wij gebruiken ook cookies!</h2>
          <p>Tijdens een bezoek aan ons platform/onze website kunnen ‘cookies’ op uw harde schijf geplaatst worden om het platform/de website beter af te stemmen op de behoeften van de terugkerende bezoeker. Niet-functionele cookies helpen ons om uw bezoek aan het platform te optimaliseren en om technische keuzes te herinneren.<br />
            Voor een verder begrip van de wijze waarop wij cookies gebruiken om uw persoonsgegevens te verzamelen en te verwerken, verwijzen wij u graag door naar onze Cookieverklaring.<br />
            Als u het platform/de website van Silc Estates wil consulteren, is het aan te raden dat u cookies ingeschakeld hebt. Hoe u cookies daarentegen kan uitschakelen, staat eveneens te lezen in onze Cookieverklaring.<br />
          </p>
        </div>
        <div>
          <h2>Wat zijn mijn rechten?</h2>
          <p>Garantie van een rechtmatige en veilige verwerking van de persoonsgegevens<br />
            Silc Estates verwerkt uw persoonsgegevens steeds eerlijk en rechtmatig. Dit houdt volgende garanties in:
          </p>
          <ul>
            <li>Persoonsgegevens worden enkel conform de omschreven en gerechtvaardigde doeleinden van deze Privacyverklaring verwerkt.</li>
            <li>Persoonsgegevens worden enkel verwerkt voor zover dit toereikend, ter zake dienend en niet overmatig is.</li>
            <li>Persoonsgegevens worden maar bewaard zolang dit noodzakelijk is voor het verwezelijken van de omschreven en gerechtvaardigde doeleinden in deze Privacyverklaring.</li>
          </ul>
          <p>De nodige technische en beveiligingsmaatregelen werden genomen om de risico’s op onrechtmatige toegang tot of verwerking van de persoonsgegevens tot een minimum te reduceren. Bij inbraak in haar informaticasystemen zal Silc Estates onmiddellijk alle mogelijke maatregelen nemen om de schade tot een minimum te beperken.<br />
            Recht op inzage/rectificatie/wissen van uw persoonsgegevens<br />
            Bij bewijs van uw identiteit als Gebruiker, beschikt u over een recht om van Silc Estates uitsluitsel te krijgen over het al dan niet verwerken van uw persoonsgegevens. Wanneer Silc Estates uw gegevens verwerkt, heeft u bovendien het recht om inzage te verkrijgen in de verzamelde persoonsgegevens. Indien u wenst uw recht op inzage te gebruiken, zal Silc Estates hieraan gevolg geven binnen één (1) maand na het ontvangen van de aanvraag. De aanvraag gebeurt via aangetekende zending of via het versturen van een e-mail naar <a href="mailto:info@silcestates.eu">info@silcestates.eu</a><br />
            Onnauwkeurige of onvolledige persoonsgegevens kunnen steeds verbeterd worden. Het is aan de Gebruiker om in de eerste plaats zelf onnauwkeurigheden en onvolledigheden aan te passen. U kan uw recht op verbetering uitoefenen door een aanvullende verklaring te verstrekken aan Silc Estates. Silc Estates zal hieraan gevolg geven binnen één (1) maand na het ontvangen van de aanvullende verklaring.<br />
            U heeft bovendien het recht om zonder onredelijke vertraging uw persoonsgegevens door ons te laten wissen. U kan slechts beroep doen op dit recht om vergeten te worden in de hiernavolgende gevallen:</p>
          <ul>
            <li>Wanneer de persoonsgegevens niet langer nodig zijn voor de doeleinden waarvoor zij oorspronkelijk werden verzameld;</li>
            <li>Wanneer de persoonsgegevens verzameld werden op basis van verkregen toestemming en geen andere rechtsgrond bestaat voor de verwerking;</li>
            <li>Wanneer bezwaar wordt gemaakt tegen de verwerking en geen prevalerende dwingende gerechtvaardigde gronden voor de verwerking bestaan;</li>
            <li>Wanneer de persoonsgegevens onrechtmatig werden verwerkt;</li>
            <li>Wanneer de persoonsgegevens gewist moeten worden overeenkomstig een wettelijke verplichting.</li>
          </ul>
          <p>Silc Estates beoordeelt de aanwezigheid van een van de voornoemde gevallen.<br />
          Recht op beperking van/bezwaar tegen de verwerking van uw persoonsgegevens<br />
          Gebruiker heeft het recht om een beperking van de verwerking van uw persoonsgegevens te verkrijgen:<br />
          </p>
          <ul>
            <li>Gedurende de periode die Silc Estates nodig heeft om de juistheid van de persoonsgegevens te controleren, in geval van betwisting;</li>
            <li>Wanneer de gegevensverwerking onrechtmatig is en Gebruiker verzoekt tot een beperking van de verwerking in plaats van het wissen van de persoonsgegevens;</li>
            <li>Wanneer Silc Estates de persoonsgegevens van de Gebruiker niet meer nodig heeft voor de verwerkingsdoeleinden en Gebruiker de persoonsgegevens nodig heeft inzake een rechtsvordering;</li>
            <li>Gedurende de periode die Silc Estates nodig heeft om de aanwezigheid van de gronden voor het wissen van persoonsgegevens te beoordelen.</li>
          </ul>
          <p>Gebruiker heeft bovendien te allen tijde het recht om bezwaar te maken tegen de verwerking van zijn persoonsgegevens. Silc Estates staakt hierna de verwerking van uw persoonsgegevens, tenzij Silc Estates dwingende gerechtvaardigde gronden voor de verwerking van uw persoonsgegevens kan aanvoeren die zwaarder wegen dan het recht van de Gebruiker op bezwaar.<br />
Indien Gebruiker wenst om deze rechten uit te oefenen, zal Silc Estates hieraan gevolg geven binnen één (1) maand na het ontvangen van de aanvraag. De aanvraag gebeurt via aangetekende zending of via een e-mail naar <a href="mailto:info@silcestates.eu">info@silcestates.eu</a><br />
Recht op gegevensoverdraagbaarheid<br />
Gebruiker heeft het recht om de aan Silc Estates verstrekte persoonsgegevens in een gestructureerde, gangbare en machine leesbare vorm te verkrijgen. Daarnaast heeft Gebruiker het recht om deze persoonsgegevens over te dragen aan een andere verwerkingsverantwoordelijke wanneer de verwerking van de persoonsgegevens uitsluitend rust op de verkregen toestemming van de Gebruiker.<br />
Indien Gebruiker wenst om dit recht uit te oefenen, zal Silc Estates hieraan gevolg geven binnen één (1) maand na het ontvangen van de aanvraag. De aanvraag gebeurt via aangetekende zending of via een e-mail naar <a href="mailto:info@silcestates.eu">info@silcestates.eu</a><br />
Recht op het intrekken van mijn toestemming/recht om klacht in te dienen<br />
Gebruiker heeft te allen tijde het recht om zijn toestemming in te trekken. Het intrekken van de toestemming laat de rechtmatigheid van de verwerking op basis van de toestemming vóór de intrekking daarvan, onverlet. Daarnaast heeft Gebruiker het recht om klacht in te dienen betreffende de verwerking van zijn persoonsgegevens door Silc Estates bij de Belgische Commissie voor de Bescherming van de Persoonlijke Levenssfeer.<br />
Indien Gebruiker wenst dit recht uit te oefenen, zal Silc Estates hieraan gevolg geven binnen één (1) maand na het ontvangen van de aanvraag. De aanvraag gebeurt via aangetekende zending of via e-mail naar <a href="mailto:info@silcestates.eu">info@silcestates.eu</a>.</p>
        </div>
      </article>
    </Layout>
  )
}

export default Privacy
