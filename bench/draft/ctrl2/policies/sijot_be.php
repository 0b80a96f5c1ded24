<x-layouts.main title="Privacy verklaring">
    <div class="container pt-4">
        <div class="row">
            <div class="col-12">
                <h1 class="mb-4"">Privacy verklaring</h1>

                <div class="card shadow-sm">
                    <div class="card-body">
                        <h4>1) Inleiding</h4>

                        <p>
                            Welkom bij het verhuurportaal van Scouts Sint-Joris Turnhout.
                            We hechten beel waarde aan de privacy van onze gebruikers.
                            Dit privacybeleid is opgesteld om u te informeren over hoe we uw persoonsgegevens verzamelen, gebruiken, beschermen en delen wanneer u gebruikmaakt van onze diensten.
                        </p>

                        <h4>2) Welke gegevens verzamelen wij?</h4>

                        <p>Wij kunnen de volgende soorten persoonsgegevens verzamelen:</p>

                        <ul class="list-unstyled">
                            <li><strong>Identificatiegegevens:</strong> Naam, adres, e-mailadres, telefoonnummer</li>
                            <li><strong>Verhuurgegevens:</strong> Informatie over verhuurde objecten, huurcontracten, huurperiodes</li>
                            <li><strong>Financiele gegevens:</strong> Bankrekeningnummer, betaalgeschiedenis</li>
                            <li><strong>Gebruiksgegevens:</strong> Informatie over hoe u de applicatie gebruikt, zoals inloggegevens, instellingen en voorkeuren</li>
                            <li><strong>Technische gegevens:</strong> IP-adres, browser type en versie, apperaat type, besturingssysteem</li>
                        </ul>

                        <h4>3) Hoe verzamelen we je gegevens?</h4>

                        <p>Wij verzamelen persoonsgegevens op de volgende manieren:</p>

                        <ul class="list-unstyled">
                            <li><strong>Directe interacties:</strong> Wanneer u zich registreert, een profiel aanmaakt of gegevens invoert in de applicatie</li>
                            <li><strong>Automatische technologieen:</strong> Wanneer u de applicatie gebruikt, kunnen wij automatisch technische gegevens verzamelen</li>
                            <li><strong>Derde partijen:</strong> Wij kunnen gegevens ontvangen van externe partijen zoals betalingsverwerkers.</li>
                        </ul>

                        <h4>4) Hoe gebruiken wij uw gegevens?</h4>

                        <p>Wij gebruiken uw persoonsgegevens voor de volgende doeleinden:</p>

                        <ul class="list-unstyled">
                            <li><strong>Verlenen van diensten:</strong> Om de applicatie te laten functioneren en u diensten te verlenen, zoals het beheren van verhuringen en huurcontracten.</li>
                            <li><strong>Klantenservice:</strong> Om u te ondersteunen bij vragen en problemen</li>
                            <li><strong>Betalingen verwerken:</strong> Om de veiligheid en integriteit van de applicatie te waarborgen.</li>
                            <li><strong>Wettelijke verplichtingen:</strong> Om te voldoen aan wettelijke verplichtingen en juridische processen.</li>
                            <li><strong>Verbetering van diensten:</strong> Om onze applicatie te analyseren en verbeteren.</li>
                        </ul>

                        <h4>5) Met wie delen wij uw gegevens?</h4>

                        <p>Wij kunnen uw persoonsgegevens delen met de volgende partijen:</p>

                        <ul class="list-unstyled">
                            <li><strong>Dienstverleners:</strong> Derde partijen die namens ons diensten verlenen, zoals IT-dienstverleners, betalingsverwerkers en juridisch adviseurs.</li>
                            <li><strong>Wettelijke autoriteiten:</strong> Wanneer dit vereist is door wet- of regelgeving.</li>
                            <li><strong>Andere gebruikers:</strong> Binnen de context van de verhuursapplicatie, zoals beheerders, raad van bestuur (vzw), en leiding dat fungeert als vrijwilliger.</li>
                        </ul>

                        <h4>6) Hoe beveiligen we uw gegevens?</h4>

                        <p>
                            Wij nemen passende technische en organisatorische maatregelen om uw persoonsgegevens te beschermen tegen ongeoorloofde toegang, verlies of misbruik.
                            Dit omvat encryptie, firewalls, en beveiligde servers?
                        </p>

                        <h4>7) Hoe lang bewaren wij uw gegevens?</h4>

                        <p>
                            Wij bewaren uw persoonsgegevens zolang dat nodig is voor de doeleinden waarvoor ze zijn verzameld, of zoals vereist door toepasselijke wet- of regelgeving.
                        </p>

                        <h4>8) Uw rechten</h4>

                        <p>U heeft bepaalde rechten met betrekking tot uw persoonsgegevens, waaronder:</p>

                        <h5>Recht op inzage</h5>

                        <p>
                            Als bezoeker van onze website heeft u volgens de Algemene Verordening Gegevensbescherming (AVG) het recht om te weten welke
                            persoonlijke gegevens wij van u verzamelen, hoe wij deze gebruiken, met wie wij ze delen, en welke rechten u heeft met betrekking
                            tot uw gegevens.  Dit recht staat bekend als het "recht op inzage".
                        </p>

                        <h5>Recht op rectificatie</h5>

                        <p>
                            U heeft het recht om uw persoonlijke gegevens te corrigeren als deze onjuist of onvolledig zijn. Als u merkt dat de gegevens die wij
                            over u hebben correct zijn, kunt u ons verzoeken deze te wijzigen. Wij zullen zo snel mogelijk reageren op uw verzoek en de nodige aanpassing te doen.
                        </p>

                        <h6>Hoe kunt u een verzoek tot rectificatie indienen?</h6>

                        <ul>
                            <li><strong>Contact opnemen:</strong> Dit kan simpelweg door een email en of brief te verzenden naar de onderstaande contact gegevens.</li>
                            <li><strong>Verstrek de juiste informatie:</strong> Geef duidelijk aan welke gegevens onjuist of onvolledig zijn en verstrek de juiste informatie die moet worden gecorrigeerd.</li>
                            <li><strong>Identiteitsverificatie:</strong> Om uw privacy te beschermen, kunnen wij u vragen om uw identiteit te verifieren voordat wij uw verzoek kynnen verwerken.</li>
                        </ul>

                        <h6>Reactietijd</h6>

                        <p>
                            Wij streven ernaar om uw verzoek binnen 20 werkdagen te verwerken en u te informeren over de wijzigingen die zijn aangebracht.
                            In geval van complexe verzoeken kan het iets langer duren, maar wij houden u op de hoogte van de voortgang.
                        </p>

                        <h5>Recht op verwijdering</h5>

                        <p>
                            Als gebruiker van onze website hebt u het recht om te vragen dat wij uw persoonsgegevens verwijderen. Dit bestaan bekend als het "recht om vergeten te worden.
                            Dit recht geeft u de mogelijkheid om ons te verzoeken uw persoonlijke gegevens te wissen wanneer er geen legitieme reden meer is om deze te blijven verwerken.
                        </p>

                        <p>U kunt recht uitoefenen in de volgende situaties:</p>

                        <ul>
                            <li>De persoonsgegevens zijn niet langer nodig voor de doeleinden waarvoor ze zijn verzameld of verwerkt.</li>
                            <li>U trekt uw toestemming in waarop de verwerking is gebaseerd, en er is geen andere wettelijke grondslag voor de verwerking.</li>
                            <li>U maakt bezwaar tegen de verwerking en er zijn geen dwingende legitieme gronden voor de verwerking.</li>
                            <li>De persoonsgegevens zijn onrechtmatig verwerkt.</li>
                            <li>De persoonsgegevens moeten worden gewist om te voldoen aan een wettelijke verplichting.</li>
                        </ul>

                        <p>
                            Om uw recht op verwijdering uit te oefenen, kunt u contact met ons opnemen via de onderstaande contactgegevens. Wij zullen dan zo snel mogelijk, en in ieder geval
                            binnen 20 werkdagen op uw verzoek reageren. Houd er rekening mee dat er in bepaalde situaties uitzonderingen kunnen zijn op dit recht, bijvoorbeeld wanneer
                            de gegevensnodig zijn voor het nakomen van een wettelijke verplichting of voor het instellen, uitoefenen of verdedigen van rechtsvorderingen.
                        </p>

                        <h5>Recht op beperking van de verwerking</h5>

                        <p>
                            Als gebruiker van onze wbesite heeft u het recht om de verwerking van uw persoonsgegevens te beperken in bepaalde situaties.
                            Dit betekent dat wij uw gegevens mogen opslaan, maar deze tijdelijk niet verder mogen verwerken of gebruiken.
                            U kunt dit recht uitoefenen in de volgende gevallen.
                        </p>

                        <dl>
                            <dt><strong>1. Nauwkeurigheid van gegevens betwisten</strong></dt>
                            <dd>
                                Als u van mening bent dat de persoonsgegevens die wij over u verwerken onjuist zijn,
                                kunt u ons verzoeken om de verwerking te beperken terwijl wij de neuwkeurigheid van de
                                gegevens verifieren.
                            </dd>

                            <dt><strong>2. Onrechtmatige verwerking</strong></dt>
                            <dd>
                                Als u denkt dat wij uw persoonsgegevens onrechtmatig verwerken, maar u niet wilt dat
                                deze gegevens worden gewist,
                                kunt u ons vragen om de verwerking te beperken.
                            </dd>

                            <dt><strong>3. Gegevens niet langer nodig, maar nodig voor juridische claims</strong></dt>
                            <dd>
                                Als wij yw persoonsgegevens niet langer nodig hebben voor de oorspronkelijke
                                verwerkingsdoeleinden,
                                maar u ze nodig heeft voor het instellen, uitoefenen of onderbowuen van een
                                rechtsvordering, kunt u verzoeken om beperking van de verwerking,
                            </dd>

                            <dt><strong>4. Bezwaar tegen verwerking</strong></dt>
                            <dd>
                                Als u bezwaar heeft gemaakt tegen de verwerking van uw persoonsgegevens in afwachting
                                van de verificatie of onze legitieme gronden
                                zwaarder wegen dan uw rechten.
                            </dd>
                        </dl>

                        <p>
                            Als u gebruik wilt maken van uw recht op beperking van de verwerking, kunt u contact met ons opnemen via de onderstaande contactgegevens.
                            Wij zullen uw verzoek zo snel mogelijk in behandeling nemen en u informeren over de uitkomst.
                        </p>

                        <h5>Recht op overdraagbaarheid</h5>

                        <p>
                            Als gebruiker van onze website heeft u, onder de zlgemene verordening gegevens bescherming (AVG), het recht op gegevensoverdraagbaarheid.
                            Dit betekent dat u het recht heeft om de persoonsgegevens die u aan ons heeft verstrekt:
                        </p>

                        <ul>
                            <li>
                                <strong>Te ontvangen:</strong>

                                U kont ons verzoeken om een kopie van uw persoonsgegevens die u aan ons heeft verstrekt te ontvangen.
                                Deze gegevens worden verstrekt in een gestructureerd, gangbaar en machineleesbaar formaat. Denk hierbij aan een CSV-bestand of ander vergelijkbaar formaat.
                            </li>
                            <li>
                                <strong>Over te dragen:</strong>

                                U heeft het recht om deze gegevens door te geven aan een andere verwerkingsverantwoordelijke van uw keuze.
                                Dit kan bijvoorbeeld een andere dienstverlener zijn. U kunt ons ook verzoeken om de gegevens rechtstreeks over te dragen aan dere andere
                                verwerkingsverantwoordelijke, indien dit technisch mogelijk is.
                            </li>
                        </ul>

                        <h6>Hoe kunt u dit recht uitoefenen?</h6>

                        <p>
                            Om uw recht op gegevensoverdraagbaarheid uit te oefenen, kunt u contact met ons opnenemen via de onderstaande gegevens.
                            Wij zullen uw verzoek zo snel mogelijk, en in ieder geval binnen de wettelijk vereiste termijn, behandelen.
                        </p>

                        <h6>Waarom is dit belangrijk?</h6>

                        <p>
                            Het recht op gegevensoverdraagbaarheid geeft u meer controle over uw persoonsgegevens en maakt het eenvoudiger voor u om van dienstverlener te veranderen.
                            Het draagt bij aan de transparantie en versterkt uw rechten met betrekking tot uw persoonsgegevens.
                        </p>

                        <h4>9) Contactgegevens</h4>

                        <p>
                            Als u vragen heeft over dit privacybeleid, persoonsgegevens of wenst beroep te doen op uw rechten,
                            Naam dan contact met ons op via:
                        </p>

                        <ul>
                            <li>Scouts & Gidsen Sint-Joris Turnhout</li>
                            <li>Sint-Jorislaan 11, 2300 Turnhout</li>
                            <li>privacy@domain.tld</li>
                            <li>0000 00 00 00</li>
                        </ul>

                        <h4>10) Aanvullende informatie</h4>

                        <p>
                            Voor aanvullende informatie over hoe wij omgaan met uw persoonsgegevens of om een van uw rechten uit te oefenen,
                            kunt u contact met ons opnemen via de hierboven vermelde contactgegevens.
                        </p>

                        <p><strong>Datum van inwerkingtreding: </strong> 05/05/2024</p>
                    </div>
                </div>
            </div>
        </div>
    </div>
</x-layouts.main>
