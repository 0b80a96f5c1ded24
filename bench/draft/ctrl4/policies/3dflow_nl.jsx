import React from 'react'
import Navigation from '../components/Navigation'
import Banner from '../components/Banner'
import Footer from '../components/Footer'
import '../styles/Legal.css'

function Privacyverklaring() {
  return (
    <div className="page">
      <Navigation />
      <Banner />
      
      <section className="legal-page">
        <div className="legal-container">
          <h1 className="page-title">Privacyverklaring 3D Flow</h1>
          
          <div className="legal-content">
            <p>
              Bij het verlenen van onze diensten in coaching en brainspotting verwerken wij uw persoonsgegevens. Om u te informeren hoe wij met uw persoonsgegevens omgaan hebben wij deze privacyverklaring opgesteld.
            </p>

            <h2>Contactgegevens</h2>
            <p>De persoonsgegevens worden verwerkt door:</p>
            <p>
              3D Flow<br />
              Theo van Doesburgstraat 1<br />
              3059 PA Rotterdam<br />
              06 28406844<br />
              mail@3DFlow.nl
            </p>

            <h2>Verkrijgen van persoonsgegevens</h2>
            <p>
              Indien u gebruik maakt van onze diensten verstrekt u ons uw persoonsgegevens om u deze diensten te kunnen verlenen. Dat kan bijvoorbeeld tijdens een gesprek, via email, telefonisch of op andere wijze. Ook kan het voorkomen dat wij uw persoonsgegevens verkrijgen via derden in het kader van het coachtraject.
            </p>

            <h2>Persoonsgegevens</h2>
            <p>Wij verwerken de volgende categorieën van persoonsgegevens:</p>
            <ul>
              <li>Voor- en achternaam</li>
              <li>Adres</li>
              <li>E-mailadres en telefoonnummer</li>
              <li>Eventuele gespreksverslagen</li>
              <li>Inhoud van communicatie</li>
            </ul>

            <h2>Doeleinden</h2>
            <p>Wij verwerkt deze persoonsgegevens voor de volgende doelen:</p>
            <ul>
              <li>Het onderhouden van contact</li>
              <li>Een goede en efficiënte dienstverlening</li>
              <li>Verbetering van de dienstverlening</li>
              <li>Administratie</li>
              <li>Eventuele verantwoording aan opdrachtgevers</li>
              <li>Facturering</li>
              <li>Nakoming van wettelijke verplichtingen</li>
            </ul>

            <h2>Waarop is de verwerking gebaseerd</h2>
            <p>
              Uw persoonsgegevens worden verwerkt om uitvoering te geven aan de overeenkomst met u met betrekking tot de coaching en/of brainspotting. Ook kunnen uw persoonsgegevens worden verwerkt om te kunnen voldoen aan een wettelijke verplichting, zoals bijvoorbeeld verplichtingen op basis van het fiscaal recht.
            </p>
            <p>Tevens verwerken wij persoonsgegevens voor de hieronder genoemde gerechtvaardigde belangen:</p>
            <ul>
              <li>De verbetering van onze diensten</li>
              <li>De bescherming van onze financiële belangen</li>
              <li>Beveiliging en het beheer van onze systemen</li>
            </ul>
            <p>Indien persoonsgegevens worden verwerkt op grond van toestemming, zal dat afzonderlijk worden gevraagd.</p>

            <h2>Verstrekking aan derden</h2>
            <p>
              In het kader van onze dienstverlening kunnen persoonsgegevens worden verstrekt aan derden. Voor de hiervoor genoemde doeleinden kan gebruik gemaakt worden van diensten van derden, zoals met betrekking tot de administratie. Deze derden mogen uw persoonsgegevens ook slechts verwerken voor de voornoemde doeleinden. Uw persoonsgegevens zouden ook verstrekt kunnen worden in het kader van een wettelijke verplichting of rechterlijk bevel.
            </p>
            <p>Wij zullen uw gegevens niet verstrekken voor commerciële of goede doelen.</p>

            <h2>Bewaartermijnen</h2>
            <p>
              Uw persoonsgegevens zullen niet langer worden bewaard dan noodzakelijk voor de doeleinden die in deze privacyverklaring zijn genoemd. Dit betekent dat uw persoonsgegevens bewaard worden zolang zij nodig zijn om de betreffende doelen te bereiken.
            </p>
            <p>Bepaalde gegevens moeten wel langer bewaard worden, omdat wij ons moeten houden aan wettelijke bewaarplichten, zoals de fiscale bewaarplicht.</p>

            <h2>Beveiliging van uw gegevens</h2>
            <p>
              Wij vinden het belangrijk dat uw persoonsgegevens zijn beveiligd tegen verlies of onbevoegde toegang van uw persoonsgegevens. Daarom hebben wij passende beveiligingsmaatregelen genomen.
            </p>

            <h2>Gegevens inzien, aanpassen of verwijderen</h2>
            <p>
              U heeft het recht om ons een verzoek te doen tot inzage van uw persoonsgegevens. Na ontvangst van uw verzoek ontvangt u binnen 1 maand een overzicht van uw persoonsgegevens. Indien daaruit onjuistheden blijken kunt u verzoeken uw gegevens aan te passen, aan te vullen, te verwijderen of af te schermen.
            </p>
            <p>
              Ook kunt u ons verzoeken om overdracht van uw persoonsgegevens of kunt u bezwaar aantekenen tegen de verwerking van uw persoonsgegevens vanwege bijzondere persoonlijke omstandigheden.
            </p>
            <p>
              Vragen over deze privacyverklaring of een verzoek over de verwerking van uw persoonsgegevens kunt u sturen naar: mail@3D Flow.nl
            </p>
            <p>
              Als u een klacht heeft over de verwerking van uw persoonsgegevens laat dit dan vooral aan ons weten. Mocht u er met ons niet samen uitkomen, dan heeft u het recht om een klacht in te dienen bij de privacytoezichthouder, de Autoriteit Persoonsgegevens. U kunt hiervoor contact opnemen met de Autoriteit Persoonsgegevens.
            </p>

            <h2>Wijzigingen privacyverklaring</h2>
            <p>
              Deze privacyverklaring kan door ons worden aangepast. Nieuwe versies worden altijd op de website gepubliceerd. Wij raden u daarom aan om deze verklaring geregeld te raadplegen, zodat u op de hoogte blijft van wijzigingen.
            </p>

            <p className="last-updated">Deze privacyverklaring is voor het laatst aangepast op 2 mei 2019.</p>
          </div>
        </div>
      </section>

      <Footer />
    </div>
  )
}

export default Privacyverklaring




