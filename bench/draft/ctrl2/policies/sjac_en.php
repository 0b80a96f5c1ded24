<div class="col-md-9 col-sm-9 col-xs-12">
    
    <div class="content byEditor">

        <h1>Privacy Policy</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p><strong>The Scottish Jewish Archives Centre: Digital Collection</strong> and <strong>Jewish Lives, Scottish Spaces</strong> are curated by <a href="https://www.sjac.org.uk/">The Scottish Jewish Archives Centre</a> (Company limited by Guarantee. Company Number SC210878 - Scottish Charity Number SC030542) and are committed to safeguarding your privacy. At all times we aim to respect any personal data you share with us and keep it safe. This Privacy Policy (“Policy”) sets out our data collection and processing practices and your options regarding the ways in which your personal information is used.</p>
            <p><em>This Policy contains important information about your personal rights to privacy. Please read it carefully to understand how we use your personal data. We may update this Policy from time to time without notice to you, so please check it regularly.</em></p>
            <p><em>The provision of your personal data to us is voluntary. However, without providing us with your personal data, you will be unable to receive news updates from us, make a donation, purchase items from us online, apply for employment with us or apply to volunteer with us.</em></p>
        </div>

        <h1> We Collect Information About You:</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>(1) When you give it to us <strong>directly</strong>
                <br>You may give us your personal data when you apply for employment with us, when you apply to volunteer with us, when you contact us by phone, email or post, when you buy anything from us online or when you donate money to us.
            </p>
            <p>(2) When it is <strong>available publicly</strong>
                <br>We may combine information you provide to us with information available from external publicly available sources. Depending on your privacy settings for social media services, we may also access information from those accounts or services. We use this information to improve our communications and fundraising activities
            </p>
            <p>(3) When you visit our <strong>website</strong>
                <br>We use cookies to identify you when you visit our website and to enable us to personalise your online experience (for example by remembering your log in details). Please refer to our Cookies Policy for details on the way our use of cookies affects your personal data
            </p>
        </div>

        <h1>What Information Do We Collect?</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We may collect, store and use the following kinds of personal data:</p><p>(1)&nbsp;We will typically hold your name and contact details, including physical address, telephone number and e-mail address, and social media identity. However, we may request other information where it is appropriate and relevant, for example</p>
            <ul>
                <li>Details of why you have decided to contact us or</li>
                <li>Details of topics/areas of interest to you, responses to surveys you have completed</li>
            </ul>
            <br>
            <p>(2) information about your computer and about your visits to and use of this website including your IP address, geographical location, browser type, referral source, length of visit and number of page views;</p>
            <p>(3) information about our services you use, services and products of interest to you or any marketing and/or communication preferences you give; and/or</p>
            <p>(4) any other information shared with us as per clause 1</p>
            <p><strong>Do we process sensitive personal information?</strong></p>
            <p>Applicable law recognises certain categories of personal information as sensitive and therefore requiring more protection, including health information, ethnicity and political opinions. In limited cases, we may collect sensitive personal data about you. We would only collect sensitive personal data if there is a clear reason for doing so; and will only do so with your explicit consent.</p>
        </div>

        <h1> How and Why Will We Use Your Personal Data?</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>Personal data, however provided to us, will be used for the purposes specified in this Policy.</p>
            <p>We may use your personal information to:</p><p>(1) Enable you to use the services we offer;</p>
            <p>(2) Send you information about our work, events, organisation and any other information, products or services that we provide (this will not be done without your consent);</p>
            <p>(3) Provide you with the services, products or information you have requested;</p><p>(5) Handle the administration of any donation or other payment you make via credit/debit card, cheque, PayPal, MyDonate, Eventbrite, standing order or BACS transfer;</p>
            <p>(6) Collect payments from you and send statements and/or receipts to you;</p><p>(7) Handle the administration of your employment and/or volunteering application;</p>
            <p>(9) Deal with enquiries and complaints made by or about you relating to the website or us in general;</p>
            <p>(11) Audit and/or administer our accounts.</p>
        </div>

        <h1> Supporter Research/Profiling</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p><strong>Google Analytics</strong>: We may use some of your personal information to analyse our digital performance, for example to see how our website can be improved to help us achieve the purposes set out in section 11 below, to record how you are using our website or to assess the popularity of marketing campaigns.</p>
            <p>For more information on how we use your personal information in relation to Google Analytics, please view our <a href="http://www.ed.ac.uk/about/website/privacy">cookie policy</a>.</p>
            <p>You can opt-out of the collection of information for such purposes.</p>
        </div>

        <h1> Communications, Fundraising and Marketing</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>Where you have provided us with your physical address, we will on occasion contact you by post; and where you have provided appropriate consent, also by telephone and e-mail, with targeted communications to let you know about our events and/or activities that we consider may be of particular interest; about the our work and to ask for donations or other support.</p>
        </div>

        <h1> Donations and Other Payments</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We recommend that you read through our privacy policy prior to effecting any transactions with us. We will provide your personal data to only to the extent necessary for the purposes of processing payments for transactions you enter into with us. We do not store your financial details.</p>
            <p>All donations and payments made via MyDonate, Eventbrite and PayPal are subject to their Privacy Policies:</p>
            <p><a href="https://www.btplc.com/mydonate/aboutmydonate/Privacypolicy/index.aspx">MyDonate</a></p>
            <p><a href="https://www.eventbrite.co.uk/support/articles/en_US/Troubleshooting/eventbrite-privacy-policy?lg=en_GB">Eventbrite</a></p>
            <p><a href="https://www.paypal.com/uk/webapps/mpp/ua/privacy-full">PayPal</a></p>
        </div>

        <h1> Children’s Data</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We do not knowingly process data of any person under the age of 16. If we come to discover, or have reason to believe, that you are 15 and under and we are holding your personal information, we will delete that information within a reasonable period and withhold our services accordingly.</p>
        </div>

        <h1> Other Disclosures</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>In addition to the disclosures reasonably necessary for the purposes identified elsewhere in this privacy policy, we will disclose your information to regulatory and/or government bodies and/or law enforcement agencies upon request only when required to do so in order to satisfy legal obligations which are binding on us.</p>
        </div>

        <h1> Security of and Access to Your Personal Data</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We endeavour to ensure that there are appropriate and proportionate technical and organisational measures to prevent the loss, destruction, misuse, alteration, unauthorised disclosure or of access to your personal information.</p>
            <p>Your information is only accessible by appropriately trained staff, volunteers and contractors.</p>
            <p>We may also use agencies and/or suppliers to process data on our behalf. We may also merge or partner with other organisations and in so doing transfer and/or acquire personal data.</p>
            <p>Otherwise than as set out in this Privacy Policy, we will only ever share your data with your informed consent.</p>
        </div>

        <h1 id="takedown"> Your Rights</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>Where we rely on your consent to use your personal information, you have the right to withdraw that consent at any time. This includes the right to ask us to stop using your personal information for direct marketing purposes or to be unsubscribed from our email list at any time. You also have the following rights:</p>
            <p>(1) Right to be informed – you have the right to be told how your personal information will be used. This Policy and other policies and statements used on our website and in our communications are intended to provide you with a clear and transparent description of how your personal information may be used.</p>
            <p>(2) Right of access – you can write to us to ask for confirmation of what information we hold on you and to request a copy of that information. Provided we are satisfied that you are entitled to see the information requested and we have successfully confirmed your identity, we will have 30 days to comply.</p>
            <p>(3) Right of erasure – as from 25 May 2018, you can ask us for your personal information to be deleted from our records.</p>
            <p>(4) Right of rectification – if you believe our records of your personal information are inaccurate, you have the right to ask for those records to be updated.</p>
            <p>(5) Right to restrict processing – you have the right to ask for processing of your personal data to be restricted if there is disagreement about its accuracy or legitimate usage.</p>
            <p>(6) Right to data portability – to the extent required by the General Data Protection Regulations (“GDPR”) where we are processing your personal information (i) under your consent, (ii) because such processing is necessary for the performance of a contract to which you are party or to take steps at your request prior to entering into a contact or (iii) by automated means, you may ask us to provide it to you – or another service provider – in a machine-readable format.</p>
            <p>To exercise these rights, please send a description of the personal information in question using the contact details in section 16 below. Where we consider that the information with which you have provided us does not enable us to identify the personal information in question, we reserve the right to ask for (i) personal identification and/or (ii) further information.</p>
            <p>Please note that some of these rights only apply in limited circumstances. For more information, we suggest that you consult ICO guidance –&nbsp;<a href="https://ico.org.uk/for-organisations/guide-to-the-general-data-protection-regulation-gdpr/individual-rights/">https://ico.org.uk/for-organisations/guide-to-the-general-data-protection-regulation-gdpr/individual-rights/</a>&nbsp;– or please contact us using the details in section 16 below.</p>
            <p>You are further entitled to make a complaint about us or the way we have processed your data to the Information Commissioner’s Office (“ICO”). For further information on how to exercise this right, please see the guidance at <a href="https://ico.org.uk/for-the-public/personal-information">https://ico.org.uk/for-the-public/personal-information</a>. The contact details of the ICO can be found here: <a href="https://ico.org.uk/global/contact-us/">https://ico.org.uk/global/contact-us/</a>.</p>
        </div>

        <h1> Lawful Processing</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We are required to have one or more lawful grounds to process your personal information. Only 4 of these are relevant to us:</p>
            <ol>
                <li>Personal information is processed on the basis of a&nbsp;<strong>person’s consent</strong></li>
                <li>Personal information is processed on the basis of a&nbsp;<strong>contractual relationship</strong></li>
                <li>Personal information is processed on the basis of&nbsp;<strong>legal obligations</strong></li>
                <li>Personal information is processed on the basis of&nbsp;<strong>legitimate interests</strong></li>
            </ol>
            <br>
            <p><strong>(1) Consent</strong><br>We will ask for your consent to use your information to send you electronic communications such as newsletters and marketing and fundraising emails, for targeted advertising and profiling, and if you ever share sensitive personal information with us.</p>
            <p><strong>(2) Contractual relationships</strong><br>Most of our interactions with subscribers and website users are voluntary and not contractual. However, sometimes it will be necessary to process personal information so that we can enter contractual relationships with people. For example, if you apply for employment or to volunteer with us, or if you purchase something via our online shop.</p>
            <p><strong>(3) Legal obligations</strong><br>Sometimes we will be obliged to process your personal information due to legal obligations which are binding on us. We will only ever do so when strictly necessary.</p>
            <p><strong>(4) Legitimate interests</strong><br>Applicable law allows personal information to be collected and used if it is reasonably necessary for our legitimate activities (as long as its use is fair, balanced and does not unduly impact individuals’ rights).</p>
            <p>We will rely on this ground to process your personal data when it is not practical or appropriate to ask for consent.</p>
            <p><strong>Achieving our purposes</strong></p>
            <p>These include (but are not limited to) promoting any philanthropic or benevolent purpose.</p>
            <p><strong>Governance</strong></p>
            <ul>
                <li>Internal and external audit for financial or regulatory compliance purposes</li>
                <li>Statutory reporting</li>
            </ul>
            <br>
            <p><strong>Publicity and Income Generation</strong></p>
            <ul>
                <li>Conventional direct marketing and other forms of marketing, publicity or advertisement</li>
                <li>Unsolicited commercial or non-commercial messages, including news updates, newsletters, income generation or charitable fundraising</li>
                <li>Analysis, targeting and segmentation to develop and promote or strategy and improve communication efficiency</li>
                <li>Personalisation used to tailor and enhance your experience of our communications</li>
            </ul>
            <br>
            <p><strong>Operational Management</strong></p>
            <ul>
                <li>Employee and volunteer recording and monitoring for recruitment, safety, performance management or workforce planning purposes</li>
                <li>Provision and administration of staff benefits such as pensions</li>
                <li>Physical security, IT and network security</li>
                <li>Processing for historical, scientific or statistical purpose</li>
            </ul>
            <br>
            <p><strong>Purely Administrative Purposes</strong></p>
            <ul>
                <li>Responding to enquiries</li>
                <li>Delivery of requested products or information</li>
                <li>Communications designed to administer existing services including administration of financial transactions</li>
                <li>Thank you communications and receipts</li>
                <li>Maintaining a supporter database</li>
            </ul>
            <br>
            <p><strong>Financial Management and Control</strong></p>
            <ul>
                <li>Processing financial transactions and maintaining financial controls</li>
                <li>Prevention of fraud, misuse of services, or money laundering</li>
                <li>Enforcement of legal claims</li>
                <li>Reporting criminal acts and compliance with law enforcement agencies</li>
            </ul>
            <br>
            <p>When we use your personal information, we will consider if it is fair and balanced to do so and if it is within your reasonable expectations. We will balance your rights and our legitimate interests to ensure that we use your personal information in ways that are not unduly intrusive or unfair in other ways.</p>
        </div>

        <h1>Data Retention</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>In general, unless still required in connection with the purpose(s) for which it was collected and/or is processed, we remove your personal information from our records six years after the date it was collected. However, if before that date (i) your personal information is no longer required in connection with such purpose(s), (ii) we are no longer lawfully entitled to process it or (iii) you validly exercise your right of erasure, we will remove it from our records at the relevant time.</p>
        </div>

        <h1> Policy Amendments</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We keep this Privacy Policy under regular review and reserve the right to update from time-to-time by posting an updated version on our website, not least because of changes in applicable law. We recommend that you check this Privacy Policy occasionally to ensure you remain happy with it. We may also notify you of changes to our privacy policy by email.</p>
        </div>
        
        <h1> Third Party Websites</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>We link our website directly to other sites. This Privacy Policy&nbsp;<strong>does not</strong>&nbsp;cover external websites and&nbsp;<strong>we are not responsible</strong>&nbsp;for the privacy practices or content of those sites. We encourage you to read the privacy policies of any external websites you visit via links on our website.</p>
        </div>

        <h1> Updating Information</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>You can check the personal data we hold about you, and ask us to update it where necessary, by emailing us at <a href="mailto:info@sjac.org.uk">info@sjac.org.uk</a> or phoning us at 0141 332 4911 or writing to us at the address in the <strong>Contact</strong> section below.</p>
        </div>

        <h1 id="copyright"> Copyright</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p>All images in this collection are © copyright of the Scottish Jewish Archieves Centre and should not be reproduced without permission. Any use of these images without prior permission is an infringement of this copyright and liable for legal action.</p>
            <p>If you feel that copyright has been infringed and would like to request that an image be taken down, please contact a member of <a href="http://jewishmigrationtoscotland.is.ed.ac.uk/index.php/project-team/">Jewish Lives, Scottish Spaces</a> or <a href="https://www.sjac.org.uk/contact/">The Scottish Jewish Archives Centre</a></p>
        </div>

        <h1> Contact</h1>
        <div class="content-divider-inline"><p>divider</p></div>
        <div class="about-para">
            <p><strong>Scottish Jewish Archives Centre</strong><br>
                Garnethill Hebrew Congregation<br>
                129 Hill Street<br>
                Garnethill<br>
                Glasgow<br>
                G3 6UB<br>
                <strong>Tel:</strong> +44 (0)141 332 4911<br>
                <strong>Email:</strong> <a class="email" href="info@sjac.org.uk">linfo@sjac.org.uk</a><br/>
            </p>
        </div>

    </div>

</div>

