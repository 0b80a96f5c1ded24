export const text = {
  "wat u zoekt":
    "U zoekt een bedrijf dat milieubewuste is op zijn dienstverlening. Dat net als u bewust is op het realiseren van uw doelstellingen. Dat klantgericht werkt aan goed schoon op een betere manier. Dat goed luistert naar uw behoefte én doorvraagt tot duidelijk is wat nodig is. Dat u ontzorgt met professioneel, betrokken maatwerk tegen scherpe prijzen. Steeds meer organisaties kiezen voor Schoonmaak Loont zijn milieubewuste dienstverlening. Ook onze visie op innovatie is hierbij van doorslaggevend belang.",
  particulier:
    "De privéruimte van ons appartement en huis is een delicate sfeer, als professionals met ervaring begrijpen we heel goed dat het, naast een perfecte schoonmaak, ook belangrijk is dat mensen die deze activiteit uitvoeren zich aanpassen aan het dagelijkse ritme de harmonie van stilte in huis niet verstoren. Wij bieden een keuze uit drie reinigingspakketten: Basispakket, Extra en Renovatiepakket. Wij zorgen altijd voor details zoals het verwijderen van stof en vuil van lichtschakelaars, contacten, hoeken en plinten. We reinigen deuren en kozijnen. We letten er goed op geen strepen op het gereinigde glas en spiegeloppervlakken achter te laten. Bij het reinigen van de badkamer reinigen wij naast het sanitair ook de vloeren, tegelwanden en badkamerkasten. Onze reinigingsmiddelen laten een speciale beschermlaag achter op de gereinigde oppervlakken, waardoor vuil ondanks waterdamp en stof in mindere mate gebruikt dan bij gewone middelen. De basisreiniging van de keuken omvat: het wassen van werkbladen, kastfronten, externe apparaten (spoelbak, kookplaat, oven, koelkastdeur, magnetron, waterkoker) en de vloer. Wij zorgen ook voor de netheid van het gebied rond de vuilnisbak, gooien het afval weg na het schoonmaken en het vullen van de zakken in alle containers thuis aan. We reinigen alle soorten bijkeuken, garages en balkons die worden gevonden - dit is te vinden in het Extra pakket. Tijdens het gesprek kan de exacte omvang van de werkzaamheden worden bepaald, terwijl alle werkzaamheden volgens de opgestelde lijst worden uitgevoerd.",
  particulier2:
    "Wij bieden professionele schoonmaakdiensten terwijl u rusten. Iedereen weet hoe omslachtig de renovatie is. Niet alleen duurt het meestal een zeer lange tijd, het moet nog worden opgeruimd. Om u extra stress en tijd te besparen komen wij u te hulp. De prijs van de na renovatie bestaat uit vele factoren. Allereerst is de M2 van het appartement belangrijk. Een ander belangrijk punt is de reikwijdte van het werk dat zojuist heeft plaatsgevonden. Het is bekend dat als het een algemene renovatie was, het veel meer tijd zal kosten om het appartement op orde te brengen. Het is ook niet mogelijk om de tijd te vergelijken met de lengte van de standaard reiniging. Schoonmaken na renovatie vereist veel meer precisie. Vloeren vereisen meestal herpacentificatie en wassen meerdere malen om het gewenste effect te bereiken. Meestal omvat de omvang van de service ook het Ramenpakket. Ramen vereisen wassen, maar ook het verwijderen van sporen van verf uit frames en ramen. Hoe dan ook, elk appartement is anders en het is onmogelijk om van tevoren te bepalen hoeveel tijd het kost om het schoon te maken. Je hoeft je er niet mee bezig te houden, wij doen het voor je.",
  zakelijk:
    "Als u op zoek bent naar een betrouwbaar en eerlijk bedrijf dat zal zorgen voor een uitgebreide netheid van uw kantoor tot aan de kleinste details, dan zal u geïnteresseerd zijn in ons aanbod.",
  "Waarom wij?":
    "Kantoorreiniging is onze specialiteit. We realiseren ons hoeveel een schoon, goed onderhouden kantoor uw werkcomfort beïnvloedt. Daarom behandelen we elke klant uitzonderlijk en benaderen we elke bestelling met volledige toewijding om de kleinste details te verzorgen. We zijn geobsedeerd door klantenservice, zodat u er zeker van zijn dat het werken met ons een puur plezier zal zijn, en uw kantoren zullen altijd worden opgeruimd om uw werk in comfortabele omstandigheden te garanderen.",
  "Hoe maken we schoon?":
    "Kantoorreiniging vindt plaats tijdens klantvriendelijke uren. We kunnen zowel in de kantooruren als in de uren voor de opening van het kantoor of na de sluiting schoonmaken. We reinigen 24 uur per dag, zodat de klant kan kiezen voor handige uren schoonmaken kantoren.",
  " ":
    "Voor schoonmaakkantoren hebben we alleen gecontroleerde en vertrouwde mensen in dienst die gewetensvol zijn gebleken in de uitvoering van schoonmaakdiensten. We hebben een Basispakket en een Premium pakket voor u, waar we uitgebreid met uw hele bedrijf omgaan. Op verzoek van de klant kunnen wij het kantoor voorzien van schoonmaakmiddelen en hygiëneproducten, en wij zorgen ook voor de externe ruimte voor uw bedrijf en wij hebben van het aanbieden van raamreiniging het Ramenpakket De reikwijdte van de verantwoordelijkheden moet uiteraard worden bepaald bij de opstelling van de waardering.",
  "raamenwassen":
    "Ramen zijn ons bezoek en moet er onberispelijk uitzien, en schone ramen zijn een determinant van zorg voor orde. Gewassen ramen, kozijnen en vensterbanken maken de ruimte natuurlijker licht en de werkplek maakt een betere indruk. Bovendien werkt het verlichte kantoor beter en zijn schone ramen meer gezondheidszorg. Wilt u dat de ramen in uw kantoren perfect schoon zijn?  Wij zijn professionals en we hebben al duizenden ramen gerooid. We weten hoe we de werktechnieken op de bestelling kunnen afstemmen. Bij het schoonmaken van ramen houden we de kantoren stil en proberen we de schoonmaak zo soepel mogelijk te laten verlopen. Wij besteden speciale zorg in de buurt van kantoorapparatuur en documenten. U bent er zeker van zijn dat we het schoonmaakwerk van uw kantoren niemand zouden verstoren.",
  "  ":
    "We wassen allerlei ramen, waaronder plastic, aluminium, houten en oude raamramen (losgeschroefd). We zullen ook bereiken voor de dakramen en schoonmaken van de balkonramen, evenals alle andere beglazing in uw huis. We zullen leiden tot de gloed van een standaard bevuild venster voor kerstmis of zich te ontdoen van moeilijk te verwijderen onzuiverheden na renovatie. Wij voeren eenmalige en terugkerende bestellingen uit van individuele en zakelijke klanten. De prijs wordt altijd individueel bepaald op basis van de afmetingen van de ramen, het toegankelijkheidsgemak, het type beglazing en de mate van vervuiling.",
}

export const disclaimer = {
  articles: [
    {
      title: "GEGEVENS OP ONZE WEBSITE",
      paragraphs: [
        {
          id: 1,
          text:
            "Schoonmaak Loont v.o.f. besteedt de grootst mogelijke zorg aan de betrouwbaarheid en actualiteit van de gegevens op haar website. Echter kan Schoonmaak Loont v.o.f. niet verantwoordelijk worden gehouden voor enige onvolledige of onjuiste informatie die middels deze website gevonden wordt. Gebruik van enige informatie verkregen via deze website is voor eigen risico van de gebruiker.",
        },
        {
          id: 2,
          text:
            "Schoonmaak Loont v.o.f. is niet aansprakelijk voor schade als gevolg van onvolledige of onjuiste informatie, noch voor schade als gevolg van problemen, veroorzaakt door het verspreiding van informatie via het internet. Ook is Schoonmaak Loont v.o.f. niet aansprakelijk voor storingen, onderbrekingen, fouten of vertraging die optreden bij het verstrekken van informatie of diensten.",
        },
        {
          id: 3,
          text:
            "Tevens aanvaardt Schoonmaak Loont v.o.f. geen aansprakelijkheid voor eventuele schade die geleden wordt als gevolg van het gebruik van gegevens, adviezen of ideeën verstrekt door of namens Schoonmaak Loont v.o.f. via deze website.",
        },
      ],
    },
    {
      title: "HYPERLINKS OP EN NAAR ONZE WEBSITE",
      paragraphs: [
        {
          id: 1,
          text:
            "Deze website bevat (hyper)links naar websites van andere organisaties en instellingen. Daarnaast worden vanuit andere websites links gelegd naar deze website. Schoonmaak Loont v.o.f. aanvaardt geen enkele aansprakelijkheid voor de inhoud van deze (gelinkte) websites. Dergelijke (hyper)links zijn slechts opgenomen voor uw informatie en gemak hiervan, dat betekent niet dat op of via deze websites aangeboden informatie producten of diensten door Schoonmaak Loont v.o.f. worden aanbevolen. Het gebruik van een hyperlink is volledig op eigen risico.",
        },
        {
          id: 2,
          text:
            "Zonder voorafgaande schriftelijke toestemming van Schoonmaak Loont v.o.f. is het niet toegestaan links naar onze website te plaatsen.",
        },
      ],
    },
    {
      title: "INFORMATIE OP DE WEBSITE EN BERICHTGEVING",
      paragraphs: [
        {
          id: 1,
          text:
            "Indien informatie die op de website is opgenomen ook schriftelijk wordt verstrekt, zal in geval van tekstverschillen de schriftelijke versie bepalend zijn. Schoonmaak Loont v.o.f. garandeert niet dat aan haar toegezonden e-mails of andere elektronische berichten tijdig worden ontvangen en verwerkt en aanvaardt geen aansprakelijkheid voor gevolgen van het niet of te laat ontvangen of verwerken daarvan.",
        },
      ],
    },
  ],
}

export const privacybeleid = {
  articles: [
    {
      title: "PRIVACY BELEID",
      paragraphs: [
        {
          id: 1,
          text:
            "Alle gegevens die door Schoonmaak Loont v.o.f. worden verzameld, zullen vertrouwelijk bewaard worden en zullen niet kenbaar worden gemaakt aan derden. De informatie die u aan Schoonmaak Loont geeft, zal met de grootst mogelijke zorg behandeld worden.",
        },
        {
          id: 2,
          text:
            "Het doel van het registreren van persoonsgegevens door Schoonmaak Loont v.o.f. is het in kaart brengen van de activiteiten en onderwerpen welke spelen tussen gebruikers en eindgebruikers alsmede van het eventueel kunnen leveren van redactionele en commerciële informatie aan onze bezoekers.",
        },
        {
          id: 3,
          text:
            "De site bevat links naar andere sites en sites van business partners. Wij zijn niet aansprakelijk voor de privacy praktijken noch de inhoud van deze sites die gelinkt zijn.",
        },
        {
          id: 4,
          text:
            "Schoonmaak Loont v.o.f. zal naar aanleiding van een verzoek elke geregistreerde bezoeker (en zijn of haar persoonlijke gegevens) uit de database verwijderen. Indien u nog vragen heeft over deze privacy verklaring, de site van Schoonmaak Loont v.o.f. of uw ervaringen met de site, dan kunt u contact met opnemen met Schoonmaak Loont v.o.f. via hallo@schoonmaakloont.nl",
        },
      ],
    },
    {
      title: "COOKIES",
      paragraphs: [
        {
          id: 1,
          text:
            "De website van Schoonmaak Loont v.o.f. plaatst cookies. Cookies zijn kleine tekstbestanden die door een internetpagina op een pc, tablet of mobiele telefoon worden geplaatst. Deze cookies worden gebruikt om de website van Schoonmaak Loont v.o.f. beter te laten functioneren en het web bezoek te monitoren, zodat Schoonmaak Loont v.o.f. na kan gaan hoeveel mensen de website in een bepaalde periode hebben bezocht. Schoonmaak Loont v.o.f. gebruikt deze data alleen geaggregeerd en kan deze niet herleiden tot een pc of individu.",
        },
        {
          id: 2,
          text:
            "Google Analytics is een webanalyse-service die wordt aangeboden door Google Inc. Via deze cookies krijgt Schoonmaak Loont v.o.f. inzage in haar websitebezoek. Denk aan bezoekersaantallen, populaire pagina’s en onderwerpen. Op deze manier kan Schoonmaak Loont de communicatie beter afstemmen op de behoeften van de websitebezoekers. Schoonmaak Loont v.o.f. kan niet zien wie (welke pc) haar website bezoekt. Google kan dit als aanbieder van de dienst wel.",
        },
        {
          id: 3,
          text:
            "Social Media. Indien u ingelogd bent bij Facebook, kan Facebook via Schoonmaak Loont v.o.f. cookies op uw pc plaatsen die nodig zijn voor het liken van berichten en het updaten van uw status.",
        },
        { id: 4, text: "Schoonmaak Loont v.o.f." },
      ],
    },
  ],
}

export const overons = {
  articles: [
    {
      title: "WIE ZIJN WIJ?",
      paragraphs: [
        {
          id: 1,
          text:
            "Wij zijn een milieubewuste dienstverlener, denk hierbij aan maatschappelijk verantwoord ondernemen en het gebruik van ECO/natuurlijke schoonmaakmiddelen/producten. Zo kunnen wij bedrijven nog meer bewust maken naar de mogelijkheden om meer bij te dragen aan het milieu. Denk dan aan dat Schoonmaak Loont.",
        },
      ],
    },
    {
      title: "Ons missie",
      paragraphs: [
        {
          id: 1,
          text:
            "Schoonmaak Loont focust op kwaliteit en zorgt ervoor dat geniet u van een schoon en representatief resultaat, zonder dat u ergens omkijken naar heeft.",
        },
      ],
    },
    {
      title: "Ons visie",
      paragraphs: [
        {
          id: 1,
          text:
            "Bij ons werk vormt duurzaamheid een belangrijke pijler. We hebben oog voor het milieu en gaan voor een samenwerking op de lange termijn. Door continu te kijken hoe we onze dienstverlening verder kunnen verbeteren, blijven we vernieuwend. Nu én in de toekomst.",
        },
      ],
    },
    {
      title: "ONZE KERNWAARDES",
      paragraphs: [
        {
          id: 1,
          title: "Betroken",
          text:
            "Wij trainen onze medewerkers niet alleen op schoonmaak maar ook om bij verschillende gebouwgebruikers in woorden en gedrag betrokkenheid uit te stralen. Onze betrokkenheid is een dienstverlening die als serviceverlening een ‘belevenis’ toevoegt.",
        },
        {
          id: 2,
          title: "Transparant",
          text:
            "Wij hebben een open en transparante werkwijze. Wij doen wat we met u hebben afgesproken en maken dit volledig voor u inzichtelijk.",
        },
        {
          id: 3,
          title: "Betrouwbaar",
          text:
            "Uw gebouw is onze verantwoordelijkheid en wij zoeken daarom het juiste personeel dat bij u past. Onze medewerkers worden voordat zij in dienst treden volledig gescreend. Dit doen wij om onze kwaliteit, betrouwbaarheid en veiligheid van opdrachtgevers en onszelf te behouden.",
        },
        {
          id: 4,
          title: "Flexibiliteit",
          text:
            "Onopgemerkt nemen wij als regiepartner u zoveel mogelijk werk uit handen. Wij zullen u optimaal ontzorgen en u helpen de gestelde doelen te bereiken. Flexibiliteit wordt hierin uitermate gehanteerd.",
        },
        {
          id: 5,
          title: "Continuïteit",
          text:
            "We handelen met het oog op de toekomst. We richten ons op langdurige relaties en zorgen voor duurzaam succes. We geven continu vorm aan transformatie.",
        },
      ],
    },
    {
      title: "Onze sectoren",
      paragraphs: [
        {
          id: 1,
          text:
            "Gemeenten, Onderwijsinstellingen, Verzekeringsmaatschappijen en Banken, Technische en Industriële sector, Logistiek en Transport, Zorg- en Gezondheidsinstellingen, Woningcorporaties, MKB, Horeca en Toerisme, Bouw- en Installatiebedrijven, Automatisering, Administratie en Accounting.",
        },
      ],
    },
  ],
}

export const contact = {
  articles: [
    {
      title: "",
      paragraphs: [
        {
          id: 1,
          text:
            "U zoekt een schoonmaakpartner die niet alleen milieubewust is op zijn dienstverlening, maar ook op de uwe! Een partner die proactief innoveert. Bruisend van innovaties voeren we continu vernieuwingen door in onze diensten. We zijn benieuwd naar uw (schoonmaak)wensen en gaan hierover graag met u in gesprek. Vraag vrijblijvend een offerte aan en we nemen zo snel mogelijk contact met u op.",
        },
        {
          id: 2,
          text:
            "Heeft u een vraag, opmerking, suggestie of klacht? We helpen u graag! Vul onderstaand het contactformulier in en we nemen zo snel mogelijk contact met u op.",
        },
      ],
    },
  ],
}

export const ramenwassen = {
  articles: [
    {
      title: "RAAMEN WASSEN",
      paragraphs: [
        {
          id: 1,
          text:
            "Ramen zijn ons bezoek en moet er onberispelijk uitzien, en schone ramen zijn een determinant van zorg voor orde.",
        },
        {
          id: 2,
          text:
            "Gewassen ramen, kozijnen en vensterbanken maken de ruimte natuurlijker licht en de werkplek maakt een betere indruk. Bovendien werkt het verlichte kantoor beter en zijn schone ramen meer gezondheidszorg. Wilt u dat de ramen in uw kantoren perfect schoon zijn? Wij zijn professionals en we hebben al duizenden ramen gerooid. We weten hoe we de werktechnieken op de bestelling kunnen afstemmen. Bij het schoonmaken van ramen houden we de kantoren stil en proberen we de schoonmaak zo soepel mogelijk te laten verlopen. Wij besteden speciale zorg in de buurt van kantoorapparatuur en documenten. U bent er zeker van zijn dat we het schoonmaakwerk van uw kantoren niemand zouden verstoren.",
        },
        {
          id: 3,
          text:
            "We wassen allerlei ramen, waaronder plastic, aluminium, houten en oude raamramen (losgeschroefd). We zullen ook bereiken voor de dakramen en schoonmaken van de balkonramen, evenals alle andere beglazing in uw huis. We zullen leiden tot de gloed van een standaard bevuild venster voor kerstmis of zich te ontdoen van moeilijk te verwijderen onzuiverheden na renovatie. Wij voeren eenmalige en terugkerende bestellingen uit van individuele en zakelijke klanten. De prijs wordt altijd individueel bepaald op basis van de afmetingen van de ramen, het toegankelijkheidsgemak, het type beglazing en de mate van vervuiling.",
        },
      ],
    },
  ],
}
