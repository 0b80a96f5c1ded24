<section>
   <div class="privacy-content">
      <h2 class="my-4 privacy-1h">Privacy Policy & Statement</h2>
      <p>ScotRemovals recognise the need to handle all personal data responsibly, and we are committed to adhering to all current data protection regulations. This Privacy Statement sets out how we collect, process and use your personal data, and how we protect your data against a variety of risks, including loss, misuse, unauthorized access, and unauthorized disclosure.</p>
      <h3 class="scot-blue mb-4">PRIVACY POLICY</h3>
      <div class="privacy-bold-div my-4">
         <h4 class="scot-grey">COLLECTION OF PERSONAL DATA</h4>
         <p><b>The privacy practices of this statement apply to our services available under the domain and subdomains of <a href="http://scotmovers.adroitlight.com/">www.scotremovals.com</a>. By visiting this website, you agree to be bound by the terms and conditions of this Privacy Policy. If you do not agree, please do not use or access our site.</b></p>
      </div>
      <p>The type of personal data we will collect from you will include your name, address, contact details, enquiry details, identification data, and payment details.<br>
      When you first contact us, whether in person, by phone, email or via our website, we will collect only the data needed to process your enquiry. More sensitive information, such as your identification and payment details, will only be collected if you proceed with a booking for your removal.<br>
      Personal data will only be collected for the purpose identified within this statement, and we will not collect any data that is not relevant to this purpose.</p>
      <h4 class="scot-grey mt-4">CHOICE AND CONSENT</h4>
      <p class="mb-4">In providing us with your personal details so that we can provide you with a quotation, we have your implicit consent to process this information in order to handle your enquiry. You are able to withdraw your consent at any time, but please note that we may not be able to handle your request if you do so as processing your data is necessary for the provision of our services. If you withdraw your consent for marketing purposes, we will continue to process your data solely for the provision of quotations and removal services as necessary.</p>
      <div class="privacy-bold-div my-5">
         <h4 class="scot-grey">USING YOUR PERSONAL DATA</h4>
         <p><b>We may process data about your use of our website and services ("usage data"). The usage data may include your IP address, approximate geographical location, browser type and version, operating system, referral source, length of visit, page views and website navigation paths, as well as information about the timing, frequency and pattern of your service use. The source of the usage data is our analytics tracking system, Google Analytics, and Google Adwords. This usage data may be processed for the purposes of analysing the use of the website and services. The legal basis for this processing is our legitimate interests, namely monitoring and improving our website and services.</b></p>
      </div>
      <p>The personal data we collect from you helps us to understand your removal requirements and ensures that we provide you with the correct quotation for your needs. Data collected is also used to fulfil your booking if you decide to proceed with us</p>
      <p>We may occasionally send you promotional emails about new products, special offers or other information which we think you may find useful in connection with your removal, using the email address you have provided.</p>
      <h4 class="scot-grey position-relative mt-5">PROTECTION OF YOUR PERSONAL DATA</h4>
      <span class="position-absolute"></span>
      <p>Scotremovals hold personal information (Account Data) in both physical and electronic formats and have in place suitable physical, technological and managerial procedures to prevent unauthorised access or disclosure, and to safeguard and secure the information we collect. The account data may include your name, email address, ‘to’ and ‘from’ locations, item details, move dates. The source of the account data is you. The legal basis for this processing is our legitimate interests, namely the performance of a contract between you and us and taking steps, at your request, to enter into such a contract.</p>
      <p>We may process information relating to transactions, including purchases of goods and services, that you enter into with us and/or through our website ("transaction data"). The transaction data may include your contact details, and the transaction details. We never store card details ourselves, however, details may be stored by a PCI compliant third-party payment gateway to facilitate payments and refunds should these be applicable.</p>
      <p>transaction data may be processed for the purpose of supplying the purchased goods and services and keeping proper records of those transactions. The legal basis for this processing is the performance of a contract between you and us and/or taking steps, at your request, to enter into such a contract and our legitimate interests, namely our interest in the proper administration of our website and business.</p>
      <p>We may process any of your personal data identified in this policy where necessary for the establishment, exercise or defence of legal claims, whether in court proceedings or in an administrative or out-of-court procedure. The legal basis for this processing is our legitimate interests, namely the protection and assertion of our legal rights, your legal rights and the legal rights of others.</p>
      <p>Passing additional pick up and drop off data to AnyVan: It is your responsibility to notify any additional parties required for the fulfillment of the move at the pick up and drop off that their data is being provided to AnyVan for the purposes of the move. </p>
      <p>We may disclose your personal data to our insurers and/or professional advisers insofar as reasonably necessary for the purposes of obtaining or maintaining insurance coverage, managing risks, obtaining professional advice, or the establishment, exercise or defence of legal claims, whether in court proceedings or in an administrative or out-of-court procedure.</p>
      <p>We may disclose address, contact names, phone numbers, and item details to our</p>
      <p>Partner drivers insofar as reasonably necessary for the purposes of providing the transportation services you have requested. The partner drivers are only allowed to use and retain your data to allow the service you have requested to complete.</p>
      <p>In addition to the specific disclosures of personal data set out in this Section 4, we may disclose your personal data where such disclosure is necessary for compliance with a legal obligation to which we are subject, or in order to protect your vital interests or the vital interests of another natural person. We may also disclose your personal data where such disclosure is necessary for the establishment, exercise or defence of legal claims, whether in court proceedings or in an administrative or out-of-court procedure.</p>
      <p>We may disclose Transport Partner contact data (name, phone number, vehicle details) to you insofar as reasonably necessary for the purposes of providing the transportation services you have requested. You are only allowed to use and retain this data to allow the service you have requested to complete.</p>
      <p>We may update this policy from time to time by publishing a new version on our website. You should check this page occasionally to ensure you are happy with any changes to this policy.</p>
      <p class="mb-4">We may notify you of changes to this policy by email</p>
      <p><b>Your principal rights under data protection law are:</b></p>
      <ol class="k">
         <li> 
            The right to access, and the right to data portability. You may instruct us to provide
            you with any personal information we hold about you in a machine readable format for
            data portability. You can request a copy of your data by emailing <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>.</li>
         <li> 
            The right to rectification; You have the right to have any inaccurate personal data
            about you rectified and, taking into account the purposes of the processing, to have
            any incomplete personal data about you completed. You can request changes to your
            data by emailing <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>.</li>
         <li> 
            The right to erasure; In some circumstances you have the right to the erasure of your
            personal data without undue delay. Those circumstances include: the personal data
            are no longer necessary in relation to the purposes for which they were collected or
            otherwise processed; you object to the processing under certain rules of applicable
            data protection law; the processing is for direct marketing purposes. However, there
            are exclusions of the right to erasure. The general exclusions include where
            processing is necessary: for exercising the right of freedom of expression and
            information; for compliance with a legal obligation; or for the establishment, exercise
            or defence of legal claims. You can request deletion of your data by emailing <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>.
         </li>
         <li> 
            The right to restrict processing; You have the right to have processing on your data
            suspended/restricted. You can request deletion of your data by emailing
            <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>. We will provide you with an
            opportunity to opt out of the use of your personal information for marketing purposes
            on our ‘emails and you page’ highlighted on the page where you provide your email
            address, and on every non-transactional email as an unsubscribe link in the footer.
         </li>
         <li> 
            The right to object to processing; You have the right to object to our processing of
            your personal data on grounds relating to your particular situation, but only to the
            extent that the legal basis for the processing is that the processing is necessary for:
            the performance of a task carried out in the public interest or in the exercise of any
            official authority vested in us; or the purposes of the legitimate interests pursued by us
            or by a third party. If you make such an objection, we will cease to process the
            personal information unless we can demonstrate compelling legitimate grounds for the
            processing which override your interests, rights and freedoms, or the processing is for
            the establishment, exercise or defence of legal claims. You can request deletion of
            your data by emailing <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>.
            </li>
            <li>
               The right to complain to a supervisory authority; If you consider that our
               processing of your personal information infringes data protection laws, you have a
               legal right to lodge a complaint with a supervisory authority responsible for data
               protection. You may do so in the EU member state of your habitual residence, your
               place of work or the place of the alleged infringement.
            </li>
            <li>
               The right to withdraw consent; To the extent that the legal basis for our processing
               of your personal information is consent, you have the right to withdraw that consent at
               any time. Withdrawal will not affect the lawfulness of processing before the
               withdrawal.You can request deletion of your data by emailing <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>.<br>
               7.2 We may withhold personal information that you request to the extent permitted by law.<br>
               8. About cookies<br>
               8.1 You can learn more about the cookies we use on our cookies page (/cookies)<br>
               9. Our details<br>
               9.1 This website is owned and operated by Scotremovals<br>
               9.2 We are registered inScotland under registration number SC597737, and our registered office flat ½, 4 Bunessan Street Glasgow G52 1DY<br>
               9.3 You can contact us by post to the address above, by phone on 07472212321, or by Email: <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>.<br>
               10.Customer name, emails, job information (including date, items, and non specific locations) , service reviews. We will retain this information on your behalf for 20 years, to allow you to access your historical job details and, if eligible, any discounts or account credit that you may have received or earned as part of any incentives, offers, or, promotions.
            </li>
         </ol>
         <p> Our Data Protection procedures are reviewed regularly to ensure that they remain up to date and compliant in the light of ever changing technological and legal frameworks.</p>
         <h4 class="scot-grey mt-5">SHARING YOUR PERSONAL DATA</h4>
         <p>There are times when we will need to share your data with third-party organisations in order to facilitate your removal, for example:</p>
         <p>Shipping Lines, freight forwarders and other carriers;<br>
            Destination service partners<br>
            Government and other regulatory bodies<br>
            We will also comply with any relevant law enforcement requests.</p>
         <p>If you have expressed interest in related services provided by our partners, we will share your information with them so that they can give you further details on these: in these circumstances, only the information needed to arrange contact and define the service required will be shared.</p>
         <p>It may be necessary at times to share your data with a third-party organisation outside of the European area and therefore to countries who may not have the same levels of control as those within Europe. The information we share will be that which is required to provide a service you have requested and we will take all reasonable steps to ensure that your data is protected, for example by using FIDI accredited agents whenever possible.</p>
         <h4 class="scot-grey mt-5">PRIVACY ON OUR WEBSITE</h4>
         <p>A cookie is a small file which asks permission to be placed on your computer’s hard drive. Once you agree, the file is added and the cookie helps analyse web traffic or lets you know when you visit a particular site. Cookies allow web applications to respond to you as an individual. The web application can tailor its operations to your needs, likes and dislikes by gathering and remembering information about your preferences.<br>
            We use traffic log cookies to identify which pages are being used. This helps us analyse data about web page traffic and improve our website in order to tailor it to customer needs. We only use this information for statistical analysis purposes and then the data is removed from the system.<br>
            Overall, cookies help us provide you with a better website, by enabling us to monitor which pages you find useful and which you do not. A cookie in no way gives us access to your computer or any information about you, other than the data you choose to share with us.<br>
            You can choose to accept or decline cookies. Most web browsers automatically accept cookies, but you can usually modify your browser setting to decline cookies if you prefer. This may prevent you from taking full advantage of the website.<br>
            Our website may contain links to other websites of interest. However, once you have used these links to leave our site, you should note that we do not have any control over that other website. Therefore, we cannot be responsible for the protection and privacy of any information which you provide whilst visiting such sites and such sites are not governed by this privacy statement. You should exercise caution and look at the privacy statement applicable to the website in question.</p>
         <h4 class="scot-grey mt-5">UPDATING YOUR PERSONAL DATA</h4>
       <p class="privacy-margin">We will do our best at all times to ensure that your data is correct and up-to-date, and will rely on you to provide correct data and to update us if this should change. If you believe that the personal data we hold on you is incorrect, or if any of your details change, you should let the company know, either by contacting your dedicated move manager or by writing to <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>. We will update your details both in our systems and with any partners with whom this has been shared, and will confirm back to you that this has been done. Please note that you have the right to withdraw your consent for your data to be processed for marketing purposes at any time, by writing to the company at <a href="mailto:admin@scotremovals.com">admin@scotremovals.com</a>. Please note that this will not affect our right to process your data to fulfil your contract with us.</p>
   </div>
</section>