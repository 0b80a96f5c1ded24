<div id="gkPageContent">

    <div>
        <div>
            <div id="gkContent">

                <section id="gkMainbody">

                    <article id="comContentContainer" class="itemView single-page " itemscope=""
                        itemtype="http://schema.org/Article">
                        <meta itemprop="inLanguage" content="nl-NL">

                        <div class="gkPage">
                            <div id="gk-content-wrapper">

                                <div class="item-content">
                                    <div class="item-info">
                                        <ul>

                                        </ul>
                                    </div><!-- .itemInfo -->

                                    <div class="item-body" itemprop="articleBody">

                                        <h1
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 24px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <strong><span
                                                    style="font-family: helvetica;">Privacyverklaring&nbsp;Nulam.nl</span></strong>
                                        </h1>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><em>25 mei 2018</em></span>
                                        </p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Je privacy is
                                                voor&nbsp;Nulam.nl van groot belang. Wij houden ons dan ook aan de
                                                privacywet. Dit betekent dat je gegevens veilig zijn bij ons en dat wij
                                                ze altijd netjes gebruiken. In deze privacyverklaring leggen we uit wat
                                                we bij de webwinkel www.nulam.nl allemaal doen met informatie die we
                                                over jou te weten komen.</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Als je vragen hebt, of wilt
                                                weten wat we precies van jou bijhouden, neem dan contact op met
                                                Nulam.nl.</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Afhandelen
                                                    bestelling</strong>&nbsp;Wanneer je bij ons een bestelling plaatst,
                                                gebruiken wij je persoonsgegevens om deze netjes af te kunnen handelen.
                                                Wij mogen je persoonsgegevens dan aan onze bezorgdienst geven om de
                                                bestelling bij jou te laten bezorgen. Ook krijgen wij informatie over je
                                                betaling van je bank of creditcardmaatschappij.</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Hiervoor gebruiken wij je
                                                betalingsgegevens, naw-gegevens, geslacht, e-mailadres, telefoonnummer
                                                en factuuradres. Dit doen wij op basis van je toestemming. Wij bewaren
                                                deze informatie tot je bestelling is afgerond en zeven jaar daarna (dat
                                                is de wettelijke bewaarplicht).</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Je
                                                    account</strong>&nbsp;Bij bepaalde onderdelen van onze webwinkel
                                                moet je je eerst registreren. Je moet dan informatie over jezelf opgeven
                                                en een gebruikersnaam kiezen. Daarmee maken wij een account, waarop je
                                                kunt inloggen met die gebruikersnaam en een zelfgekozen
                                                wachtwoord.</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Hiervoor gebruiken wij je
                                                naw-gegevens, telefoonnummer, e-mailadres, factuuradres,
                                                betalingsgegevens en geslacht. Dit doen wij op basis van je toestemming.
                                                Wij bewaren deze informatie tot je het account opheft.</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Wij bewaren deze informatie
                                                zodat je ze niet steeds opnieuw in hoeft te vullen en zodat we je
                                                makkelijker kunnen benaderen als dat nodig is bij de webwinkel. Je kunt
                                                via je account informatie aanpassen wanneer je dat wilt.</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span
                                                style="font-size: 12pt; color: #000000;"><strong>Reclame</strong>&nbsp;Wij
                                                willen jou graag reclame sturen over aanbiedingen en nieuwe producten of
                                                diensten. Dit doen wij:</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">per e-mail</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">via social media</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Je kunt op ieder moment
                                                bezwaar maken tegen deze reclame. Elke e-mail bevat een afmeldlink. Je
                                                kunt ons blokkeren of de afmeldoptie gebruiken. Via je account kun je
                                                dit ook doorgeven.</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Verstrekking aan
                                                    andere bedrijven of instellingen</strong>&nbsp;Met uitzondering van
                                                de hierboven genoemde partners, geven wij je persoonsgegevens onder geen
                                                voorwaarde aan andere bedrijven of instellingen, behalve als wij dat
                                                wettelijk verplicht zijn (bijvoorbeeld als de politie dat eist bij een
                                                vermoeden van een misdrijf).</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Google
                                                    Analytics</strong>&nbsp;Wij gebruiken Google Analytics om bij te
                                                houden hoe bezoekers onze webwinkel gebruiken. Wij hebben een
                                                verwerkersovereenkomst met Google gesloten. Daarin staan strikte
                                                afspraken te maken over wat zij mogen bijhouden. Wij staan Google toe de
                                                verkregen Analytics informatie te gebruiken voor andere Google diensten.
                                                Wij laten Google uw IP-adressen anonimiseren.</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span
                                                style="font-size: 12pt; color: #000000;"><strong>Beveiliging</strong>&nbsp;Beveiliging
                                                van persoonsgegevens is voor ons van groot belang. Om je privacy te
                                                beschermen, nemen wij de volgende maatregelen:</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Toegang tot persoonsgegevens
                                                wordt afgeschermd met een</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">gebruikersnaam en wachtwoord-
                                                Wij maken gebruik van beveiligde&nbsp;</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">verbindingen (Secure Sockets
                                                Layer of SSL) waarmee alle informatie&nbsp;</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">tussen jou en onze website
                                                wordt afgeschermd wanneer je&nbsp;</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">persoonsgegevens invoert- Wij
                                                houden logs bij van alle opvragingen&nbsp;</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">van persoonsgegevens</span>
                                        </p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Wijzigingen in deze
                                                    privacyverklaring</strong>&nbsp;Wanneer onze webwinkel wijzigt,
                                                moeten wij natuurlijk ook de privacyverklaring aanpassen. Let dus altijd
                                                op de datum hierboven en kijk regelmatig of er nieuwe versies zijn. Wij
                                                zullen ons best doen wijzigingen ook apart aan te kondigen.</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Inzage, wijzigen en
                                                    verwijderen van je gegevens</strong>&nbsp;Als je vragen hebt of wilt
                                                weten welke persoonsgegevens wij van jou hebben, kun je altijd contact
                                                met ons opnemen. Zie de contactgegevens hieronder.</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;">Je hebt de volgende
                                                rechten:</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt;">uitleg krijgen over welke persoonsgegevens we
                                                hebben en wat we&nbsp;</span><span style="font-size: 12pt;">daarmee
                                                doen</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt;">inzage in de precieze persoonsgegevens die we
                                                hebben<span style="color: #000000;"> </span>het laten&nbsp;</span><span
                                                style="font-size: 12pt;">corrigeren van fouten</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt;">het laten verwijderen van verouderde
                                                persoonsgegevens<span style="color: #000000;"> </span>intrekken
                                                van&nbsp;</span><span style="font-size: 12pt;">toestemming</span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; margin-left: 36px; text-indent: -36px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt;">bezwaar maken tegen een bepaald
                                                gebruik</span></p>
                                        <p><span style="font-size: 12pt;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-family: helvetica;">Let op dat je altijd duidelijk
                                                aangeeft wie je bent, zodat we zeker weten dat we geen gegevens van de
                                                verkeerde persoon aanpassen of verwijderen.</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span style="font-size: 12pt; color: #000000;"><strong>Klacht
                                                    indienen</strong>&nbsp;Als je vindt dat wij je niet op de juiste
                                                manier helpen, dan heb je het recht om een klacht in te dienen bij de
                                                toezichthouder. Deze heet de Autoriteit Persoonsgegevens.</span></p>
                                        <p><span style="font-size: 12pt; color: #000000;"></span></p>
                                        <p
                                            style="margin-top: 0px; margin-bottom: 0px; font-size: 13.3px; line-height: normal; font-family: Verdana; color: #242424;">
                                            <span
                                                style="font-size: 12pt; color: #000000;"><strong>Contactgegevens</strong>&nbsp;info
                                                @ nulam . nl&nbsp; 020 210 10 72</span></p>

                                    </div><!-- .item-body -->

                                    <span class="gk-social-icons">
                                        <i class="fa fa-share-alt"></i>

                                        <span>
                                            <a href="https://www.facebook.com/sharer.php?u=https://nulam.nl/privacy-policy.html"
                                                target="_blank"><i class="fa fa-facebook"></i> Facebook</a>

                                            <a href="http://twitter.com/intent/tweet?source=sharethiscom&amp;url=https://nulam.nl/privacy-policy.html"
                                                target="_blank"><i class="fa fa-twitter"></i> Twitter</a>

                                            <a href="https://plus.google.com/share?url=https://nulam.nl/privacy-policy.html"
                                                target="_blank"><i class="fa fa-google-plus"></i> Google+</a>

                                            <a
                                                href="javascript:void((function()%7Bvar%20e=document.createElement('script');e.setAttribute('type','text/javascript');e.setAttribute('charset','UTF-8');e.setAttribute('src','//assets.pinterest.com/js/pinmarklet.js?r='+Math.random()*99999999);document.body.appendChild(e)%7D)());"><i
                                                    class="fa fa-pinterest-p"></i> Pinterest</a>

                                        </span>
                                    </span>

                                </div><!-- .item-content -->

                            </div>

                        </div>
                    </article>

                </section>

            </div>

        </div>
    </div>
</div>