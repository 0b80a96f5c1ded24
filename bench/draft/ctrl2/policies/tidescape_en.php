<?php

return [
    'politicy' => "Privacy Policy of TIDESCAPE - EXCLUSIVE MOMENTS
    Version 2.0.1 Updated on 23/05/2021.
    At TIDESCAPE - EXCLUSIVE MOMENTS, owned by ANM IT AND MANAGEMENT CONSULTING, UNIP LDA, VAT ID 513675400, hereinafter referred to as TIDESCAPE - EXCLUSIVE MOMENTS, with the website at www.tidescape.pt, one of our main priorities is the privacy of our visitors. This Privacy Policy document contains types of information that are collected and recorded by TIDESCAPE - EXCLUSIVE MOMENTS and how we use it. If you have additional questions or need more information about our Privacy Policy, please feel free to contact us at legal@tidescape.pt

    General Data Protection Regulation (GDPR)
    We are a Data Controller of your information.
    TIDESCAPE - EXCLUSIVE MOMENTS The legal basis for collecting and using the personal information described in this Privacy Policy depends on the personal information we collect and the specific context in which we collect the information:

    TIDESCAPE - EXCLUSIVE MOMENTS performs a contract
    You have given TIDESCAPE - EXCLUSIVE MOMENTS permission to do so
    Processing your personal information is in the legitimate interests of TIDESCAPE - EXCLUSIVE MOMENTS
    TIDESCAPE - EXCLUSIVE MOMENTS needs to comply with the law
    TIDESCAPE - EXCLUSIVE MOMENTS will retain your personal information only for as long as necessary for the purposes set out in this Privacy Policy. We will retain and use your information to the extent necessary to comply with our legal obligations, resolve disputes, and enforce our policies.
    If you are a resident of the European Economic Area (EEA), you have certain data protection rights. If you wish to be informed about what personal information we hold about you and if you want it to be removed from our systems, please contact us.
    In certain circumstances, you have the following data protection rights:

    The right to access, update, or delete the information we have about you.
    The right of rectification.
    The right to object.
    The right of restriction.
    The right to data portability
    The right to withdraw consent

    Log Files
    TIDESCAPE - EXCLUSIVE MOMENTS follows a standard procedure for the use of log files. These files record visitors when they visit websites. All hosting companies do this and are part of hosting services analytics. The information collected by log files includes Internet Protocol (IP) addresses, browser type, Internet Service Provider (ISP), date and time stamp, referring/exit pages, and possibly the number of clicks. They are not linked to any information that is personally identifiable. The purpose of the information is to analyze trends, administer the site, track users movement on the site, and gather demographic information.

    Cookies and Web Beacons
    Like any other website, TIDESCAPE - EXCLUSIVE MOMENTS uses cookies. These cookies are used to store information, including visitors preferences, and the pages on the site that the visitor accessed or visited. The information is used to optimize users experience by customizing the content of our web page based on visitors browser type and/or other information.

    Our Advertising Partners
    Some advertisers on our site may use cookies and web beacons. Our advertising partners are listed below. Each of our advertising partners has its own Privacy Policy for its user data policies. For easier access, we have provided links to the privacy policies below.

    Google
    https://policies.google.com/technologies/ads

    Privacy Policies
    You can refer to this list to find the Privacy Policy for each of TIDESCAPE - EXCLUSIVE MOMENTS advertising partners. Third-party servers or ad networks use technologies such as cookies, JavaScript, or Web Beacons that are employed in their respective advertisements and links appearing on TIDESCAPE - EXCLUSIVE MOMENTS, which are sent directly to users browsers. They automatically receive your IP address when this happens. These technologies are utilized to measure the effectiveness of their advertising campaigns and/or to personalize the content of the advertising displayed on the sites you visit. Please note that TIDESCAPE - EXCLUSIVE MOMENTS does not have access or control over these cookies used by third-party advertisers.

    Third-Party Privacy Policies
    The Privacy Policy of TIDESCAPE - EXCLUSIVE MOMENTS does not apply to other advertisers or websites. Therefore, we recommend that you consult the respective Privacy Policies of these third-party ad servers for more detailed information. It may include their practices and instructions on how to opt-out of certain options. You can find a complete list of these Privacy Policies and their links here: Privacy Policy Links.
    You can choose to disable cookies through the individual options of your browser. For more detailed information about managing cookies with specific web browsers, it can be found on their respective sites. What are cookies??

    Information for Children
    Another part of our priority is to add protection for children while using the Internet. We encourage parents and guardians to observe, participate, and/or monitor and guide their online activities.
    TIDESCAPE - EXCLUSIVE MOMENTS does not knowingly collect any personally identifiable information from children under 13 years of age. If you believe that your child has provided this kind of information on our website, we recommend that you contact us immediately, and we will make our best efforts to promptly remove this information from our records.

    Online Privacy Policy
    Our Privacy Policy applies only to our online activities and is valid for visitors to our website with respect to the information they shared and/or collect at TIDESCAPE - EXCLUSIVE MOMENTS. This policy is not applicable to any information collected offline or through channels other than this website.

    Consent
    By using our website, you agree to our Privacy Policy and consent to our terms

    Consentimiento
    Al utilizar nuestro sitio web, usted acepta nuestra Política de privacidad y da su consentimiento",
];
