export default {
  'da-DK': `
# Privatlivspolitik for Techværnet
## 1. Formål
1.1. Techværnet har vedtaget denne privatlivsbeskyttelsespolitik, der fortæller dig, hvordan Techværnet behandler dine
persondata.

## 2. Kontaktoplysninger
2.1. Techværnet er dataansvarlig, og sikrer, at dine persondata behandles i overensstemmelse med lovgivningen.

Kontaktoplysninger hos Techværnet:

Kontaktperson: Holger Thorup\n\n
Adresse: Vestre Teglgade 8A 4TV\n\n
CVR: [41251093](https://datacvr.virk.dk/data/visenhed?enhedstype=virksomhed&id=41251093)\n\n
Telefonnr.: [+45 60 55 07 09](tel:+4560550709)\n\n
Mail: [holger@pelion.app](mailto:holger@pelion.app)\n\n
Website: [c19.dk](https://c19.dk)

## 3. Techværnet sikrer fair og transparent databehandling
3.1. Når Techværnet beder dig om, at stille dine persondata til rådighed for os, oplyses du om, hvilke data der
behandles om dig og til hvilket formål. Du modtager oplysning herom på tidspunktet for indsamling af dine persondata.

3.2. Hvis Techværnet indhenter data om dig fra andre, f.eks. en myndighed eller samarbejdspartner, oplyses dette til
dig senest 10 dage efter, at persondataen er indhentet. Techværnet oplyser også om formålet med indhentningen og det
lovgrundlag, der giver Techværnet adgang til at indhente dine persondata.

## 4. Hvilke data der indsamles
4.1. Techværnet behandler persondata om den enkelte i forbindelse med tilvejebringelse og offentliggørelse af et
overblik over symptomer i befolkningen i forbindelse med udbrud af epidemier, herunder COVID-19.

4.1. Persondataen der behandles omfatter følgende personoplysninger: telefonnummer, postnummer, fødselsdato, køn, antal
personer i husstanden (herunder antal af børn under 18 år), helbredsoplysninger, samt hertil relaterede oplysninger.

Herudover behandles persondata som den enkelte selv aktivt har givet til Techværnet, f.eks. oplysninger den
registrerede deler selv deler med Techværnet.

## 5. Anvendelse og opbevaring af indsamlede persondata
5.1. Formålet med indsamling og behandling af persondata, er for at kunne tilvejebringe og offentligøre et overblik
over symptomer i befolkningen i forbindelse med udbrud af epidemier, herunder COVID-19.

## 6. Opbevaring
6.1. Oplysningerne opbevares i det tidsrum, der er tilladt i henhold til lovgivningen, og slettes, når persondataen
ikke længere er nødvendige for Techværnet. Perioden afhænger af karakteren af oplysningen og baggrunden for
opbevaringen.

## 7. Videregivelse af oplysninger
7.1. Techværnet videregiver udelukkende persondataoplysninger til tredjeparter i overensstemmelse med, hvad der er
anført i denne privatlivspolitik.

7.2. Techværnet kan videregive oplysningerne, såfremt Techværnet er forpligtet til at videregive eller dele persondata
for at overholde en retslig forpligtelse. Videregivelse kan også ske efter anvisning fra en domstol eller en anden
myndighed, eller for at beskytte varemærker, rettigheder eller ejendomsret. Dette indebærer udveksling af oplysninger
med andre Foreninger og organisationer med henblik på beskyttelse mod svindel.

7.3. Techværnet anvender tjenesteudbydere og databehandlere, der udfører arbejde på vores vegne. Tjenesterne kan fx
være serverhosting og systemvedligeholdelse, e-mail service, m.m. Disse samarbejdspartnere kan få adgang til data i
det omfang, det er nødvendigt for at levere deres tjenester og services. Samarbejdspartnerne vil være kontraktligt
forpligtet til at behandle alle data strengt fortroligt og har dermed ikke tilladelse til at anvende data til andet
end, hvad der er omfattet af den kontraktuelle forpligtelse over for Techværnet, ligesom Techværnet løbende
kontrollerer, at samarbejdspartnere overholder deres forpligtelser.

7.4 Såfremt Techværnet, undtagelsesvist, videregiver persondata til en tjenesteudbyder eller databehandler uden for EU,
sikrer Techværnet overholdelse af de krav lovgivningen stiller til sådanne overførsler.

## 8. Cookies
### 8.1. Hvad er cookies?
8.1.1. Cookies er små tekstfiler, der indeholder bogstaver og tal, som sættes på din computer eller anden enhed.
Cookies sættes, når du besøger et websted, der bruger cookies, og de kan bruges til at holde styr på, hvilke sider du
har besøgt, de kan hjælpe dig til at fortsætte, hvor du slap, eller de kan huske dine sprogindstillinger eller andre
præferencer.

8.1.2. Hvis Techværnet placerer cookies, bliver du informeret om anvendelsen og formålet med at indsamle data via
cookies. Før Techværnet placerer cookies på dit udstyr, beder Techværnet om dit samtykke. Nødvendige cookies til
sikring af funktionalitet og indstillinger kan dog anvendes dog uden dit samtykke.

### 8.2 Techværnet anvender følgende former for cookies:
8.2.1 Tekniske cookies: Tekniske cookies er nødvendige for, at langt de fleste hjemmesider fungerer, som de skal. De
sørger også for, at du ikke hele tiden ryger af den hjemmeside, du besøger. Du kan læse mere om tekniske cookies her.

8.2.2. Du kan altid afvise og slette cookies på din computer ved at ændre indstillingerne i din browser. Hvor du finder
indstillingerne afhænger af, hvilken browser du anvender. Du skal dog være opmærksom på, at hvis du gør det, er der
mange funktioner og services på internettet, du ikke kan bruge.

## 9. Sikkerhed
9.1 Techværnet beskytter dine persondata og har vedtaget interne regler om informationssikkerhed, som indeholder
instrukser og foranstaltninger, der beskytter dine persondata mod at blive tilintetgjort, gå tabt eller blive ændret
mod uautoriseret offentliggørelse, og mod at uvedkommende får adgang eller kendskab til dem.

9.2 Techværnet har fastlagte procedurer for tildeling af adgangsrettigheder til de af vores medarbejdere, som behandler
persondata, der afdækker oplysninger om personlige interesser og vaner. For at undgå datatab tager Techværnet løbende
back up af persondataen og beskytter fortroligheden og autenciteten af dine data ved hjælp af kryptering.

9.3 I tilfælde af et sikkerhedsbrud, der resulterer i en høj risiko for dig for diskrimination, ID-tyveri, økonomisk
tab, tab af omdømme eller anden væsentlig ulempe, vil Techværnet underrette dig om sikkerhedsbruddet så hurtigt som
muligt.

## 10. Dine rettigheder
### 10.1. Generelt
10.1.1 Hvis du ønsker at få adgang til dine data, få dem rettet eller slettet, eller gøre indsigelse mod vores
databehandling, undersøger Techværnet, om det er muligt og giver dig svar på din henvendelse så hurtigt som muligt og
senest en måned efter modtagelse af din henvendelse.

### 10.2. Adgang til dine persondata
10.2.1 Du har til en enhver tid ret til at få oplyst, hvilke data Techværnet behandler om dig, hvor de stammer fra, og
hvad vi anvender dem til. Du kan også få oplyst, hvor længe opbevaringen af dine persondata finder sted, og hvem der
modtager data om dig, i det omfang der sker videregivelse af dataen.

10.2.2 Såfremt du anmoder om det, kan Techværnet give dig adgang til de data, der behandles om dig. Adgangen kan dog
være begrænset af hensyn til andre personers privatlivsbeskyttelse, til forretningshemmeligheder og immaterielle
rettigheder.

10.2.3 Du kan gøre brug af dine rettigheder ved at henvende dig til Techværnet. Vores kontaktoplysninger finder du
øverst under punkt 2.1.

### 10.3. Retten til at få unøjagtige persondata rettet eller slettet
10.3.1 Hvis du mener, at de persondata, Techværnet behandler om dig, er unøjagtige, har du ret til at få dem rettet.
Du skal henvende dig til Techværnet og oplyse os om, hvori unøjagtighederne består, og hvordan de kan rettes.

10.3.2 I visse tilfælde vil Techværnet have en forpligtelse til at slette dine persondata, såfremt du anmoder herom.

10.3.3 Du kan også kontakte os, hvis du mener, at dine persondata bliver behandlet i strid med lovgivningen eller andre
retlige forpligtelser.

10.3.4 Når du henvender dig med en anmodning om at få rettet eller slettet dine persondata, undersøger vi, om
betingelserne er opfyldt, og gennemfører i så fald ændringer eller sletning så hurtigt som muligt.

### 10.4 Indsigelse mod opbevaringen af data, samt udlevering af data
10.4.1 Du har ret til at gøre indsigelse mod behandlingen af dine persondata. Du kan også gøre indsigelse mod
Techværnets videregivelse af dine data til markedsføringsformål. Du kan bruge kontaktoplysningerne øverst til at sende
en indsigelse. Hvis din indsigelse er berettiget, ophører behandlingen af dine persondata.

10.4.2 Du har ret til at modtage de persondata, du har stillet til rådighed for Techværnet, og den data der er
indhentet om dig hos andre aktører på baggrund af dit samtykke. Hvis Techværnets behandler data om dig som led i en
kontrakt, hvor du er part, kan du også få tilsendt dine data. Du har også ret til at overføre disse persondata til en
anden tjenesteudbyder.

## 11. Version
Denne privatlivspolitik er senest ændret d. 19. marts 2020`,
  'en-UK': `
# Techværnet Privacy Policy
## 1. Purpose
Techværnet has adopted this privacy policy to inform you how personal data is processed.

## 2. Contact information
Techværnet is the data controller and bears responsibility that your personal data is processed in concordance with
existing laws.

Contact information at Techværnet:

Contact: Holger Thorup
Address: Vestre Teglgade 8A 4TV, 2450 København SV
CVR number: [41251093](https://datacvr.virk.dk/data/visenhed?enhedstype=virksomhed&id=41251093)\n\n
Tel.: [+45 60 55 07 09](tel:+4560550709)\n\n
Email: [holger@pelion.app](mailto:holger@pelion.app)\n\n
Website: [c19.dk](https://c19.dk)

## 3. Techværnet ensures fair and transparent data processing
3.1 When Techværnet requests your personal data, you are informed as to which data is being used and to what specific
purpose. This information is available to you at the time of the collection of your personal data.

3.2. If Techværnet collects your personal data from other providers such as a public authority or business partner,
you will be informed hereof no later than 10 days from the collection of the data. Techværnet must also disclose the purpose
of the data collection and the legal framework permitting Techværnet access to your personal data.

## 4. Types of data collected
4.1 Techværnet uses personal data processing for creating and publishing an overview of symptoms in the public
population in connection to outbreak of epidemics, including COVID-19.

Processed data cover: telephone number, zip code, date of birth, number of persons in the household, health information
and related information.

4.2 Additionally Techværnet may process personal data actively transferred to Techværnet by that same person.

## 5. Application and storage of collected personal data
5.1 The purpose of collecting and processing personal data is to creating and publishing an overview of symptoms in
the public population in connection to outbreak of epidemics, including COVID-19.

## 6. Storage
6.1 The information is stored for the allowed period of time only, and is deleted when the personal data is no longer
required by Techværnet. The duration of the time period depends on the type of the information and the reason for the
storing.

# 7. Transmission of personal data
7.1 Techværnet may transmit personal data to a third party only in compliance with regulations stated in this privacy
policy.

7.2 Techværnet may transmit or share personal data in order to abide by a judicial obligation. Transmission of data may
also occur following directions by the court or other public authority for trademark protection, privileges or
property rights. This includes the exchange of data with other companies and organisations as safeguard against fraud.

7.3 Techværnet makes use of service providers and data processors acting on our behalf. These services include hosting
and system maintenance, email service etc. Business partners have access to our data to the extent necessary to do
their job and deliver requested services. Business partners are contractually obligated to handle data in absolute
confidence and are not authorised to use data for any purpose other than those contractually stated to Techværnet.
Techværnet supervises that business partners meet their commitments in this regard.

7.4 Should Techværnet in exceptional cases transmit personal data to a service provider or data processor outside of
the EU, Techværnet guarantees this data transmission happen in accordance with legal requirements.

## 8. Cookies
### 8.1 What are cookies?
8.1.1 Cookies are little text files made up of letters and numbers stored on your computer or other unit. Cookies are
created when visiting a website that employs cookies. They are used to save your browser history, to help you start
where you left off on a previous visit to the website and they can remember your chosen language or other preferences.

8.1.2 If Techværnet uses cookies you will be notified of the usage and purpose of the cookies collecting data.
Before cookies are downloaded on to your computer Techværnet must ask for your consent. Cookies necessary for
functionality and settings may be employed without your consent.

### 8.2 Techværnet uses the following types of cookies:
8.2.1 Technical cookies: Technical cookies are necessary for the functionality of most websites. They ensure you can
stay on the website you are visiting. More detailed information on technical cookies can be found here.

8.2.2 You can choose not to accept cookies on your computer by adjusting your browser settings. Settings are adjusted
differently dependent on which type of browser is in use. Be aware that if you decline cookies you also disable many
internet functions and services.

## 9. Security
9.1 Techværnet protects your personal data and has adopted internal data security policies containing guidelines and
precautionary measures to protect your personal data from destruction, loss, alteration or unauthorized disclosure and
to prevent from any unauthorized access to the data.

9.2 Techværnet has set procedures for assignment of security levels for employees processing personal data containing
information on personal interests and habits. To prevent loss of data Techværnet makes ongoing backup copies of the
personal data and protects data confidentiality and authenticity by use of encryption.

9.3 In the event of a data security breach implicating reasonable personal risk of discrimination, identity theft,
economic loss, and damage to reputation or other significant downside, Techværnet must inform you without undue delay.

## 10. Your rights
### 10.1 In general
10.1.1 To access your data in order to have it corrected or deleted or to protest our data processing, an enquiry for
this must be made to Techværnet. An answer will come as soon as possible and no later than a month from the time of
the received enquiry.

### 10.2 Access to your personal data
10.2.1 If so requested at any time, the Techværnet must inform you which data is processed, how and from where it was
collected and how it is being used. You also have the right to be informed as to how long your personal data will be
stored and who has access to your data in case of data transmission.

10.2.2 Access to your data in process can be obtained by request to Techværnet. The access might be restricted in
consideration of the privacy of other people or trade secrets and intellectual property rights.

10.2.3. To make use of your privileges a request must be made to Techværnet. Contact information can be found under
section 2.1.

### 10.3 Correction or deletion of incorrect data
10.3.1 You have the right to have inaccurate personal data corrected. A request must be made to Techværnet stating the
inaccuracies as well as your corrections to the data.

10.3.2 In some cases Techværnet has an obligation to delete your personal data if you so request.

10.3.3 You may also contact us for clarification if you believe your personal data is being processed against
regulations or against other legal obligations.

10.3.4 If a request for correction or deletion of your personal data is made and the request is warrant, we seek to go
through with the amendments to the data as soon as possible.

### 10.4 Objection to data storage and transmitting
10.4.1 You have the right to object to the processing of your personal data. You may also object to Techværnet
transmitting your data for sales promotion purposes. If your objection is warrant the processing of your personal data
 will be terminated.

10.4.2 You are entitled to receive the personal data you have made available for Techværnet as well as data about you
that has been collected from other operators with your consent. You are also entitled to have your data sent if
Techværnet handles your data as part of a contract in which you are a party. You also have the right to transfer these
personal data to another provider of services.

## 11. Version
This privacy policy has been modified on 19 March 2020.
`,
};
