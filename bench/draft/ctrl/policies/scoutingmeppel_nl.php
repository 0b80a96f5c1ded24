@extends('layouts.boilerplate')
@section('content')
    <div class="w-100 d-flex flex-column pt-5 align-items-center">
        <div class="w-50">
            <p class="fw-bold">
                Scouting Meppel, gevestigd aan Blankensteinweg 43, 7943 KN Meppel, is verantwoordelijk voor de
                verwerking van
                persoonsgegevens zoals weergegeven in deze privacyverklaring.
            </p>
            <p>
                <span class="fw-bold">Contactgegevens:</span><br/>
                https://scoutingmeppel.nl<br/>
                Blankensteinweg 43, 7943 KN Meppel<br/>
                06 84091797
            </p>

            <br/>

            <h2>Persoonsgegevens die wij verwerken</h2>
            <p>
                Scouting Meppel verwerkt uw persoonsgegevens doordat u gebruik maakt van onze diensten en/of omdat u
                deze
                zelf aan ons verstrekt. Hieronder vindt u een overzicht van de persoonsgegevens die wij verwerken:
            </p>
            <ul>
                <li>Voor- en achternaam</li>
                <li>E-mailadres</li>
            </ul>

            <br/>

            <h2>Bijzondere en/of gevoelige persoonsgegevens die wij verwerken</h2>
            <p>
                Onze website en/of dienst heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger
                zijn dan 16 jaar.
                Tenzij ze toestemming hebben van ouders of voogd. We kunnen echter niet controleren of een bezoeker
                ouder dan 16 is.
                Wij raden ouders dan ook aan betrokken te zijn bij de online activiteiten van hun kinderen, om zo te
                voorkomen dat er gegevens over kinderen verzameld worden zonder ouderlijke toestemming.
                Als u er van overtuigd bent dat wij zonder die toestemming persoonlijke gegevens hebben verzameld over
                een minderjarige, neem dan contact met ons op via bestuur@scoutingmeppel.nl, dan verwijderen wij deze
                informatie.
            </p>

            <br/>

            <h2>Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken</h2>
            <p>
                Scouting Meppel verwerkt uw persoonsgegevens voor de volgende doelen:
            </p>
            <ul>
                <li>U te kunnen bellen of e-mailen indien dit nodig is om onze dienstverlening uit te kunnen voeren</li>
            </ul>

            <br/>

            <h2>Hoe lang we persoonsgegevens bewaren</h2>
            <p>
                Scouting Meppel bewaart uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren
                waarvoor
                uw gegevens worden verzameld. Wij hanteren de volgende bewaartermijnen voor de volgende (categorieën)
                van
                persoonsgegevens: 3 dagen.
            </p>

            <br/>

            <h2>Delen van persoonsgegevens met derden</h2>
            <p>
                Scouting Meppel verkoopt uw gegevens niet aan derden en verstrekt deze uitsluitend indien dit nodig is
                voor
                de
                uitvoering van onze overeenkomst met u of om te voldoen aan een wettelijke verplichting. Met bedrijven
                die
                uw
                gegevens verwerken in onze opdracht, sluiten wij een bewerkersovereenkomst om te zorgen voor eenzelfde
                niveau
                van beveiliging en vertrouwelijkheid van uw gegevens. Scouting Meppel blijft verantwoordelijk voor deze
                verwerkingen.
            </p>

            <br/>

            <h2>Cookies, of vergelijkbare technieken, die wij gebruiken</h2>
            <p>
                Scouting Meppel gebruikt geen cookies of vergelijkbare technieken.
            </p>

            <h2>Gegevens inzien, aanpassen of verwijderen</h2>
            <p>
                U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heeft u
                het
                recht om uw eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de
                verwerking van uw persoonsgegevens door Scouting Meppel en heeft u het recht op
                gegevensoverdraagbaarheid.
                Dat
                betekent dat u bij ons een verzoek kunt indienen om de persoonsgegevens die wij van u beschikken in een
                computerbestand naar u of een ander, door u genoemde organisatie, te sturen. U kunt een verzoek tot
                inzage,
                correctie, verwijdering, gegevensoverdraging van uw persoonsgegevens of verzoek tot intrekking van uw
                toestemming of bezwaar op de verwerking van uw persoonsgegevens sturen naar <a
                    href="mailto:bestuur@scoutingmeppel.nl">bestuur@scoutingmeppel.nl</a>.
                We reageren zo snel mogelijk op uw verzoek. Scouting Meppel wil u er tevens op
                wijzen
                dat u de mogelijkheid heeft om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit
                Persoonsgegevens. Dat kan via de volgende link:
                <a href="https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons">https://autoriteitpersoonsgegevens.nl/nl/contact-met-de-autoriteit-persoonsgegevens/tip-ons</a>
            </p>

            <br/>

            <h2>Hoe wij persoonsgegevens beveiligen</h2>
            <p>
                Scouting Meppel neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik,
                verlies,
                onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan. Als u de indruk
                heeft
                dat uw gegevens niet goed beveiligd zijn of er aanwijzingen zijn van misbruik, neem dan contact op met
                <a href="mailto:bestuur@scoutingmeppel.nl">bestuur@scoutingmeppel.nl</a>
            </p>
        </div>
    </div>
@endsection
