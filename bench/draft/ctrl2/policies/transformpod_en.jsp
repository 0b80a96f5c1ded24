<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<jsp:include flush="true" page="includes/header.jsp"></jsp:include>


  <link rel="stylesheet" href="https://unpkg.com/aos@next/dist/aos.css" />
  
  
<style>

.table-of-contents {
/*   margin: 0 auto; */
/*   width: 40%; */
/*   font-size: 0.8em; */
/*   padding: 1em 2em; */
}
.table-of-contents ul {
  padding: 0;
  list-style-type: none;
}
.table-of-contents li {
  margin: 0 0 0.25em 0;
}
.table-of-contents a {
  text-decoration: none;
}
.table-of-contents a:hover,
.table-of-contents a:active {
  text-decoration: underline;
}

h3:target {
  animation: highlight 1s ease;
}

@keyframes highlight {
  from { background: yellow; }
  to { background: white; }
}

#up-btn {
    display: none; /* Hidden by default */
    position: fixed; /* Fixed/sticky position */
    bottom: 15px; /* Place the button at the bottom of the page */
    left: 20px; /* Place the button 30px from the right */ 
    z-index: 99; /* Make sure it does not overlap */
	opacity: 0.7;
}
li{
font-size: 18px !important;
}

</style>






<div class="container main-container px-3">
<div class="jumbotron jumbo-mod" style="padding-bottom:5px !important;">

  <img  data-aos="fade-down" class="d-block w-100 rounded-top" src="../img/terms.jpg" alt="Contact image">

<div class="card bg-faded m-3" data-aos="fade-up" data-aos-duration="800" id="priv-container">
     <div class="card-block px-3 pb-3">
     <h2 data-aos="zoom-in-up" class="title">Privacy Policy</h2>
          <div class="card bg-faded bg-light">
<div class="card-block">

  <div id="toc" class="ml-3">
  </div>




<h4 id="t1" class="title text-left ml-3">1. INTRODUCTION</h4>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
This Privacy and Cookies Policy (the "<strong>Privacy Policy</strong>") sets out the basis on which Transform Health Limited t/a Transformationpod and also t/a Maria Kealy Fitness ("<strong>Transformationpod</strong>", "<strong>we</strong>", "<strong>us</strong>" "<strong>our</strong>") (a Company Registered in Ireland and located at Main Street, Kilmessan, County Meath, Ireland uses, processes and protects any information that you give while using <a href="../">www.Transformationpod.com</a> (the "<strong>Website</strong>") or which you give to us when we act as data controller in the providing of our services and the selling of rehabilitation equipment (the "Products and services").
</p>
<p class="deep-blue m-0 p-3">
In this Privacy Policy, the term "<strong>Personal Data</strong>" means data relating to a living individual who is or can be identified either from the data or from the data in conjunction with other information that is in, or is likely to come into, our possession, and includes personal data as described in Data Protection Legislation (as defined below).
</p>
<p class="deep-blue m-0 p-3">
Please read the following carefully. Submitting Personal Data to the Website and/or availing of our Products and/or accepting the terms of this Privacy Policy indicates that you have reviewed this Privacy Policy and have agreed to be bound by it. You will be required to accept this Privacy Policy before submitting Personal Data to the Website. If you do not agree to these terms you must leave our Website immediately and no longer avail of the Products and Services. If you choose to accept this Privacy Policy, we will keep a record of your acceptance in this regard.
</p>
<p class="deep-blue m-0 p-3">
We will handle your Personal Data in accordance with Data Protection Legislation. "<strong>Data Protection Legislation</strong>" means the Data Protection Acts 1988 and 2003 and Directive 95/46/EC, any other applicable law or regulation relating to the processing of personal data and to privacy (including the E-Privacy Directive and the European Communities (Electronic Communications Networks and Products) (Privacy and Electronic Communications) Regulations 2011 ("<strong>E-Privacy Regulations</strong>"), as such legislation shall be amended, revised or replaced from time to time, including by operation of the General Data Protection Regulation (EU) 2016/679 ("<strong>GDPR</strong>") (and laws implementing or supplementing the GDPR, and laws amending or supplementing the E-Privacy Regulations).
</p>
<p class="deep-blue m-0 p-3">
The data controller in respect of information which we collect through the Website is www.transformationpod.com. Our position regarding whether we act as a data processor or data controller in respect of the provision of the services and sale of our Products is set out in our Terms and conditions.
</p>





<h4 id="t2" class="title text-left ml-3">2. INFORMATION WE GATHER FROM YOU</h4>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
We fully respect your right to privacy in relation to your interactions with the Website and our Services or Products and we endeavour to be transparent in our dealings with you as to what information we will collect and how we will use your information. Also, we only collect and use individual's information where we are legally entitled to do so. Information in relation to your rights in respect of Personal Data collected by Irish entities is available on <a target="_blank" href="www.dataprotection.ie">www.dataprotection.ie</a>, the website of the Irish Data Protection Commissioner ("<strong>DPC</strong>").
</p>
<p class="deep-blue m-0 p-3">
We may collect Personal Data from you in the course of our business, including through your use of our Website, when you contact or request information from us, when you engage our Services or buy our product or as a result of your relationship with one or more of our staff and clients. The information that we process includes: (i) basic information, such as your name (including name prefix or title), the company you work for, your title or position and your relationship to a person; (ii) contact information, such as your postal address, email address and phone number(s); (iii) financial information, such as payment-related information; (iv) technical information, such as information from your visits to our Website or applications or in relation to materials and communications we send to you electronically; (v) information you provide to us for the purposes of attending meetings and events, including access and dietary requirements; (vi) identification and background information provided by you or collected as part of our business acceptance processes (vii) personal information provided to us by or on behalf of our clients or generated by us in the course or providing products to them, which may include special categories of data; or (viii) any other information relating to you which you may provide to us.
</p>




<h4  id="t3" class="title text-left ml-3">3. HOW WE OBTAIN AND USE YOUR INFORMATION</h4>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
We collect information from you as part of our business acceptance processes, and about you and others as necessary in the course of providing our services and Products. We collect your personal information while monitoring our technology tools and products, including our Website and email communications sent to and from www.transformationpod.com. We gather information about you when you provide it to us, or interact with us directly. We may collect or receive information about you from other sources, such as keeping the contact details we already hold for you accurate and up to date using publically available sources.
</p>
<p class="deep-blue m-0 p-3">
We use that information: (i) to provide and improve this Website, including auditing and monitoring its use; (ii) to provide and improve our Products to you and to our clients, including handling the personal information of others on behalf of our clients (iii) to provide information requested by you; (iv) to promote our Products, including sending promotional information, updates, publications and details of events; (v) to manage and administer our relationship with you and our clients; (vi) to fulfil our legal, regulatory and risk management obligations; or (vii) or the purposes of recruitment.
</p>





<h4 id="t4" class="title text-left ml-3">4. ON WHAT BASIS WE USE YOUR INFORMATION</h4>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
We may use your Personal Data on the following bases: (i) to perform a contract, such as engaging with an individual to provide services or sell products; (ii) to comply with legal and regulatory obligations; or (iii) for legitimate business purposes. Please see 'How we obtain and use your personal information' for more detail.
</p>



<h4 id="t5" class="title text-left ml-3">5. HOW LONG WE KEEP YOUR INFORMATION</h4>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
Your Personal Data will be retained in accordance with our data retention policy which categorises all of the information held by us and specifies the appropriate retention period for each category of data. Those periods are based on the requirements of Data Protection Legislation and the purpose for which the information is collected and used, taking into account legal and regulatory requirements to retain the information for a minimum period, good practice and Transformationpod business purposes.
</p>



<h4 id="t6" class="title text-left ml-3">6. COOKIES</h4>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
A cookie is a small text file that is placed on your device by a web server which enables a website and/or mobile app to recognise repeat users, facilitate the user's ongoing access to and use of a website and/or mobile app and allows the website and/or mobile app to track usage behaviour and compile aggregate data that will allow content improvements and targeted advertising. We collate information in relation to use of the Website which is represented in aggregate format through cookies. They help us to improve our products and to deliver many of the functions that make your browser experience more user friendly.
</p>
<p class="deep-blue m-0 p-3">
By using the Website, you accept the use of cookies as described in this Privacy Policy (i.e. you are agreeing to the placement of cookies on your device unless you specifically choose not to receive cookies). You will be given the opportunity to object to the use of cookies on the Website.
</p>
<p class="deep-blue m-0 p-3">
The 'Help Menu' on the menu bar of most browsers will tell you how to prevent your browser from accepting new cookies, how to have the browser notify you when you receive a new cookie and how to disable cookies altogether. You can also disable or delete similar data used by browser add-ons, such as flash cookies, by changing the add-on's settings or visiting the website of its manufacturer.
</p>
<p class="deep-blue m-0 p-3">
For more information about cookies and managing them including how to turn them off, please visit www.cookiecentral.com. However, because cookies allow you to take advantage of some of the Service's essential features, we recommend you leave them turned on as otherwise you may not be able to fully experience the interactive features of the Service or other related websites which you visit.
</p>
<p class="deep-blue m-0 p-3">
We may use third parties such as Google Analytics to collect user information, including through the use of cookies (flash and non-flash) and web beacons. They help us to improve our Website and to deliver many of the functions that make your browser experience more user friendly. You can find a list of cookies we use and the purposes for which we use them in the tables below.
</p>


<h5 class="ml-3 title text-left">
First party cookies
</h5>
<div class="table-responsive pl-3 pr-3 pb-3 pt-0 m-0">
  <table class="table table-sm table-hover table-bordered deep-blue">
<thead style="font-weight: 700;">
<tr>
<td style="width: 30%">Cookie</td>
<td style="width: 45%">Purpose</td>
<td>Expires</td>
</tr>
</thead>
<tr>
<td>JSESSIONID</td>
<td>Personalized session cookie</td>
<td>1 week</td>
</tr>
  </table>
</div>
<h5 class="ml-3 title text-left">
Third party cookies
</h5>
<div class="table-responsive pl-3 pr-3 pb-3 pt-0 m-0">
  <table class="table table-sm table-hover table-bordered deep-blue">
<thead style="font-weight: 700;">
<tr>
<td style="width: 30%">Cookie</td>
<td style="width: 45%">Purpose</td>
<td>Expires</td>
</tr>
</thead>
<tr>
<td>Google Analytics_ga</td>
<td>Used to distinguish users</td>
<td>2 years</td>
</tr>
<tr>
<td>Google Analytics_gid</td>
<td>Used to distinguish users</td>
<td>1 day</td>
</tr>
<tr>
<td>Google Analytics_gat</td>
<td>Used to distinguish users</td>
<td>1 minute</td>
</tr>
  </table>
</div>
<p class="deep-blue pl-3 pr-3 pb-3 pt-0 m-0">
You should also be aware that there are cookies which are found in other companies' internet tools which we may use to enhance the Website. You may see 'social buttons' during your use of the Service, including but not limited to Twitter and LinkedIn, which enable you to share or bookmark certain web pages. These websites have their own cookies, which are controlled by them.
</p>
<h5 class="ml-3 title text-left">
E-MARKETING COOKIES
</h5>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
Where you receive a marketing email, event invitation or other direct mailing from us, we may collect information about you in the following ways:
</p>
<ul class="deep-blue">
<li>View as web page: If you click on the "view it as a web page" link, a session cookie is recorded by us so that the web page is personalised in the same way as the email.</li>
<li>Links to web pages: If you click on any web link, we will record a session cookie and will automatically log such activity on our database.</li>
<li>Unsubscribe: If you click unsubscribe, we will automatically log this information on our database. If you unsubscribe from any email invitation or alert, we will continue to store your personal data on a 'marketing suppression list' so as to record your preference.</li>
<li>Event RSVP buttons: In our event invitations and confirmations we provide buttons to allow you to accept, decline, cancel and register (if you are not the original recipient of the email) for that event. Clicking on these buttons will generate session cookies and your choice will be recorded in our database to help us manage the event.</li>
</ul>








<h4 id="t7" class="title text-left ml-3">7. ARE THERE CASES WHERE WE MAY USE YOUR INFORMATION TO CONTACT YOU</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
We may contact you:
</p>
<ul class="deep-blue mb-0">
<li>for the reasons outlined in Sections 2 and 3 above;</li>
<li>for administration reasons related to the Website (e.g. to provide you with password reminders or to notify you that a particular service, activity or online content has been suspended for maintenance, or in response to a question that you ask us);</li>
<li>to provide you with information about our products, activities or online content, including sending e-newsletters or similar correspondence and updates corresponding to any contact you have made with us, e.g. on our website, by email or via the 'How To Contact Us' facility referred to below. You will be given the opportunity to 'unsubscribe' from electronic communications on every electronic communication that we send to you;</li>
<li>to invite you to participate in surveys about our products (participation is always voluntary).</li>
</ul>
<p class="deep-blue m-0 p-3">
Where we wish to use your Personal Data in any other way, we will ensure that we notify you and get your consent first. You will be given the opportunity to withhold or withdraw your consent for the use of your Personal Data for purposes other than those listed in this Privacy Policy.
</p>





<h4 id="t8" class="title text-left ml-3">8. WHAT RIGHTS DO YOU HAVE</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
As a data subject, you have the following rights under Data Protection Legislation and we, when acting as data controller in respect of Your Personal Data, will comply with such rights:
</p>
<ul class="deep-blue mb-0">
<li> the right of access to Personal Data relating to you;</li>
<li>the right to correct any mistakes in your Personal Data;</li>
<li> the right to ask us to stop contacting you with direct marketing;</li>
<li>rights in relation to automated decision taking;</li>
<li>the right to restrict or prevent your Personal Data being processed;</li>
<li>the right to have your Personal Data transferred to another data controller;</li>
<li>the right to erasure; and</li>
<li>the right to complain to the DPC if you believe we have not handled your Personal Data in accordance with Data Protection Legislation.</li>
</ul>
<p class="deep-blue m-0 p-3">
These rights are explained in more detail below, but if you have any comments, concerns or complaints about our use of your Personal Data, please contact us (see 'How To Contact Us' below). We will respond to any rights that you exercise within a month of receiving your request, unless the request is particularly complex or cumbersome, in which case we will respond within three months (we will inform you within the first month if it will take longer than one month for us to respond). Where a response is required from us within a particular time period pursuant to Data Protection Legislation, we will respond within that time period.
</p>

<p class="deep-blue m-0 p-3">
To the extent that you are the data controller in respect of Personal Data which you provide to us to process as data processor, you will be responsible for complying with the above rights in respect of relevant data subjects.
</p>

<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right of access to Personal Data relating to you</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
You may ask to see what Personal Data we hold about you and be provided with such of the following information as you may request:
</p>
<ul class="deep-blue mb-0">
<li>a summary of such Personal Data and the categories of Personal Data held (see Section 2above);</li>
<li>details of the purpose for which it is being or is to be processed (see Section 3 above);</li>
<li>details of the recipients or classes of recipients to whom it is or may be disclosed, including if they are overseas and what protections are used for those oversea transfers (see Section 10 below);</li>
<li>details of the period for which it is held or the criteria we use to determine how long it is held (see Section 5 above);</li>
<li>details of your rights, including the rights to rectification, erasure, restriction or objection to the processing (set out in this Section 8);</li>
<li>any information available about the source of that data (see Section 2 above);</li>
<li>whether we carry out automated decision-making, or profiling, and where we do, information about the logic involved and the envisaged outcome or consequences of that decision making or profiling (please note that we do not currently carry out any profiling - we will notify you if this changes); and
</li>
<li>where your Personal Data are transferred out of the EEA, what safeguards are in place (see Section 10 below).</li>
</ul>

<p class="deep-blue m-0 p-3">
Requests for your Personal Data must be made to us (see 'How To Contact Us' below) specifying what Personal Data you need access to, and a copy of such request may be kept by us for our legitimate purposes in managing our products. To help us find the information easily, please give us as much information as possible about the type of information you would like to see. If, to comply with your request, we would have to disclose information relating to or identifying another person, we may need to obtain the consent of that person, if possible. If we cannot obtain consent, we may need to withhold that information or edit the data to remove the identity of that person, if possible.
</p>


<p class="deep-blue m-0 p-3">
There are certain types of data which we are not obliged to disclose to you, which include Personal Data which records our intentions in relation to any negotiations with you where disclosure would be likely to prejudice those negotiations. We are also entitled to refuse a data access request from you where (i) such request is manifestly unfounded or excessive, in particular because of its repetitive character (in this case, if we decide to provide you with the Personal Data requested, we may charge you a reasonable fee to account for administrative costs of doing so), or (ii) we are entitled to do so pursuant to Data Protection Legislation.
</p>


<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right to update your Personal Data or correct any mistakes in your Personal Data</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
You can require us to correct any mistakes in your Personal Data which we hold free of charge. If you would like to do this, please:
</p>

<ul class="deep-blue mb-0">
<li>email or write to us (see 'How can you contact us' below);
</li>
<li>let us have enough information to identify you (e.g. name, registration details); and
</li>
<li>let us know the information that is incorrect and what it should be replaced with.
</li>
</ul>





<p class="deep-blue m-0 p-3">
If we are required to update your Personal Data, we will inform recipients to whom that Personal Data have been disclosed (if any), unless this proves impossible or has a disproportionate effort.
</p>
<p class="deep-blue m-0 p-3">
It is your responsibility that all of the Personal Data provided to us is accurate and complete. If any information you have given us changes, please let us know as soon as possible (see 'How To Contact Us' below).
</p>

<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right to ask us to stop contacting you with direct marketing</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
We have may have a legitimate interest to send you electronic communications/direct marketing in connection with our business and related matters (which may include but shall not be limited to newsletters, promotions, announcement of new features etc.). We will obtain consent from you to send you electronic communications where this is required by Data Protection Legislation. We may also ask you to complete surveys that we use for research purposes, although you do not have to respond to them.
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
You can ask us to stop contacting you for direct marketing purposes. If you would like to do this, please:
</p>

<ul class="deep-blue mb-0">
<li>email or write to us (see 'How can you contact us' below). You can also click on the 'unsubscribe' button at the bottom of the electronic communication. It may take up to 15 days for this to take place; and
</li>
<li>let us know what method of contact you are not happy with if you are unhappy with certain ways of contacting you only (for example, you may be happy for us to contact you by email but not by telephone).
</li>
</ul>

<p class="deep-blue m-0 p-3">
We will provide you with information on action taken on a request to stop direct marketing - this may be in the form of a response email confirming that you have 'unsubscribed'.
</p>

<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Rights in relation to automated decision taking (if applicable)</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
You may ask us to ensure that, if we are evaluating you, we don't base any decisions solely on an automated process and have any decision reviewed by a member of staff. Profiling may occur in relation to your Personal Data for the purposes of targeted advertising and de-targeting you from specified advertising. This allows us to tailor our advertising to the appropriate customers and helps to minimise the risk of you receiving unwanted advertising. These rights will not apply in all circumstances, for example where the decision is (i) authorised or required by law, (ii) necessary for the performance of a contract between you and us, or (ii) is based on your explicit consent. In all cases, we will endeavour that steps have been taken to safeguard your interests.
</p>

<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right to restrict or prevent processing of Personal Data</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
In accordance with Data Processing Legislation, you may request that we stop processing your Personal Data temporarily if:

</p>
<ul class="deep-blue mb-0">
<li>you do not think that your Personal Data is accurate (but we will start processing again once we have checked and confirmed that it is accurate);
</li>
<li>the processing is unlawful but you do not want us to erase your Personal Data;
</li>
<li>we no longer need the Personal Data for our processing, but you need the Personal Data to establish, exercise or defend legal claims; or
</li>
<li>you have objected to processing because you believe that your interests should override the basis upon which we process your Personal Data.
</li>
</ul>



<p class="deep-blue pl-3 pr-3 pb-1 pt-3 m-0">
If you exercise your right to restrict us from processing your Personal Data, we will continue to process the Personal Data if:
</p>

<ul class="deep-blue mb-0">
<li>you consent to such processing;
</li>
<li>the processing is necessary for the exercise or defence of legal claims;
</li>
<li>the processing is necessary for the protection of the rights of other individuals or legal persons; or
</li>
<li>the processing is necessary for public interest reasons.
</li>
</ul>

<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right to data portability</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
In accordance with Data Protection Legislation, you may ask for an electronic copy of your Personal Data that you have provided to us and which we hold electronically, or for us to provide this directly to another party. This right only applies to Personal Data that you have provided to us - it does not extend to data generated by us. In addition, the right to data portability also only applies where:
</p>

<ul class="deep-blue mb-0">
<li>the processing is based on your consent or for the performance of a contract; and</li>
<li>the processing is carried out by automated means.</li>
</ul>



<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right to erasure</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
Please note our data retention periods, as set out in Section 5 above.
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
In accordance with Data Protection Legislation, you can ask us (please see 'How To Contact Us' below) to erase your Personal Data where:
</p>

<ul class="deep-blue mb-0">
<li>you do not believe that we need your Personal Data in order to process it for the purposes set out in this Privacy Policy;
</li>
<li>if you had given us consent to process your Personal Data, you withdraw that consent and we cannot otherwise legally process your Personal Data;</li>
<li>you object to our processing and we do not have any legal basis for continuing to process your Personal Data;
</li>
<li>your Personal Data has been processed unlawfully or have not been erased when it should have been; or
</li>
<li>the Personal Data have to be erased to comply with law.
</li>
</ul>



<p class="deep-blue m-0 p-3">
We may continue to process your Personal Data in certain circumstances in accordance with Data Protection Legislation (i.e. where we have a legal justification to continue to hold such Personal Data, such as it being within our legitimate business interest).Where you have requested the erasure of your Personal Data, we will inform recipients to whom that Personal Data have been disclosed, unless this proves impossible or involves disproportionate effort. We will also inform you about those recipients if you request it.
</p>



<p class="deep-blue m-0 px-3 pb-0 pt-3">
<strong>Right to complain to the DPC</strong>
</p>

<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
If you do not think that we have processed your Personal Data in accordance with this Privacy Policy, please contact us in the first instance. If you are not satisfied, you can complain to the DPC or exercise any of your other rights pursuant to Data Protection Legislation. Information about how to do this is available on the DPC website at <a href="https://www.dataprotection.ie">https://www.dataprotection.ie</a>
</p>











<h4 id="t9" class="title text-left ml-3">9. WITHDRAWAL OF CONSENT</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
If you no longer consent to our processing of Your Personal Data (in respect of any matter referred to in this Privacy Policy as requiring your consent), you may request that we cease such processing by contacting us via the 'How To Contact Us' facility referred to below. Please note that if you withdraw your consent to such processing, it may not be possible for us to provide all/part of the Service to you.
</p>


<h4 id="t10" class="title text-left ml-3">10. WHO WE SHARE YOUR INFORMATION WITH</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
We will not share your Personal Data without your consent or unless required by law (except as set out in this Privacy Policy).We restrict access to personal information to employees, contractors, and agents who need to know that information in order to operate, develop, or improve our Products and the Website. These individuals are bound by confidentiality obligations and may be subject to discipline, including termination, civil litigation and/or criminal prosecution, if they fail to meet these obligations.
</p>

<p class="deep-blue m-0 p-3">
Your Personal Data may be transferred to, stored at, or accessed from a destination outside the European Economic Area ("EEA") for the purposes of us providing the Products or operating the Website. It may also be processed by staff operating outside the EEA who work for us or any of our suppliers. By submitting your Personal Data to us, you explicitly consent to this transfer, storing or processing. We will take all steps reasonably necessary to ensure that your Personal Data is treated securely and in accordance with this Privacy Policy. The safeguards in place with regard to the transfer of your Personal Data outside of the EEA are the entry by us into appropriate contracts with all transferees of such data.
</p>



<h4 id="t11" class="title text-left ml-3">11. THIRD PARTY WEBSITES</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
This Privacy Policy applies to the Websites and Products that are owned and provided by Transform Health Limited. We do not exercise control over the sites/applications that may be linked from our Website. These other sites/applications may place their own cookies or other files on your computer, collect data or solicit personal information from you. You acknowledge that the Products that we provide may enable or assist you to access the website content of, correspond with, and purchase products and products from, third parties via third-party websites and that you do so solely at your own risk. We make no representation or commitment and shall have no liability or obligation whatsoever in relation to the content or use of, or correspondence with, any such third-party website, or any transactions completed, and any contract entered into by you, with any such third party and the use by any such third-party of your Personal Data. We do not endorse or approve any third-party website nor the content of any of the third-party website made available via the Products. We encourage you to carefully familiarize yourself with the terms of use and privacy policies applicable to any websites and/or products operated by third parties. Please be aware that we are not responsible for the privacy practices of any third parties.
</p>




<h4 id="t12" class="title text-left ml-3">12. HOW DO WE PROTECT YOUR PERSONAL INFORMATION</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
We do our utmost to protect user privacy through the appropriate use of security technology. We restrict access to your Personal Data to employees, contractors and agents who need to know such Your Personal Data in order to operate, develop or improve the Products that we provide and the Website. We ensure that we have appropriate physical and technological security measures to protect your information; and we ensure that when we outsource any processes that the service provider has appropriate security measures in place. However, the Website may contain hyperlinks to websites owned and operated by third parties. These third party websites have their own privacy policies, including cookies. We do not accept any responsibility or liability for the privacy practices of such third party websites and your use of such websites is at your own risk.
</p>

<p class="deep-blue m-0 p-3">
We will implement appropriate technical and organisational measures to ensure a level of security appropriate to the risks that are presented by the processing of your Personal Data. In particular, we will consider the risks presented by accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to your Personal Data transmitted, stored or otherwise processed.
</p>

<p class="deep-blue m-0 p-3">
Unfortunately, the transmission of information via the internet is not completely secure. Although we will do our best to protect your Personal Data, we cannot guarantee the security of any data transmitted to or by us and any such transmission is at your own risk. Once we have received your information, we will use strict procedures and security features to try to prevent unauthorised access. To the extent permitted by law, we are not responsible for any delays, delivery failures, or any other loss or damage resulting from (i) the transfer of data over communication networks and facilities, including the internet, or (ii) any delay or delivery failure on the part of any other service provider not contracted by us, and you acknowledge that the Website may be subject to limitations, delays and other problems inherent in the use of such communications facilities. You will appreciate that we cannot guarantee the absolute prevention of cyber-attacks such as hacking, spyware and viruses. 
</p>

<p class="deep-blue m-0 p-3">
Accordingly, you will not hold us liable for any unauthorised disclosure, loss or destruction of your Personal Data arising from such risks. 
</p>


<h4 id="t13" class="title text-left ml-3">13. BREACH REPORTING</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
To the extent that we are data controller in respect of your Personal Data, we will notify serious data breaches in respect of your Personal Data to the DPC without undue delay, and where feasible, not later than 72 hours after having become aware of same. If notification is not made after 72 hours, we will record a reasoned justification for the delay; however, it is not necessary to notify the DPC where the Personal Data breach is unlikely to result in a risk to the rights and freedoms of natural persons. A Personal Data breach in this context means a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, Personal Data transmitted, stored or otherwise processed.
</p>

<p class="deep-blue m-0 p-3">
We will keep a record of any data breaches, including their effects and the remedial action taken, and will notify you of any data breach affecting your Personal Data (which poses a high risk to you) when we are required to do so under Data Protection Legislation. We will not be required to notify you of a data breach where:
</p>

<ul class="deep-blue mb-0">
<li>we have implemented appropriate technical and organisational measures that render the Personal Data unintelligible to anyone not authorised to access it, such as encryption; or
</li>
<li>we have taken subsequent measures which ensure that the high risk to data subjects is not likely to materialise; or
</li>
<li>it would involve disproportionate effort, in which case we may make a public communication instead.
</li>
</ul>

<p class="deep-blue m-0 p-3">
In the event of a Personal Data breach where we are the data processor, we will notify the relevant data controller of such breach as soon as reasonably practicable.
</p>


<h4 id="t14" class="title text-left ml-3">14. AMENDMENTS TO PRIVACY POLICY</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
We may change this Privacy Policy from time to time and at our sole discretion. The date of the most recent revisions will appear on this page. If you do not agree to these changes, please do not continue to use the Products to submit your Personal Data through the Website. If material changes are made to the Privacy Policy, we will notify you by placing a prominent notice on our Website or by sending you a notification in relation to this. We will not process your Personal Data in a manner not contemplated by this Privacy Policy without your consent.
</p>


<h4 id="t15" class="title text-left ml-3">15. HOW TO CONTACT US</h4>
<p class="deep-blue pl-3 pr-3 pb-2 pt-0 m-0">
If you need to contact us with regard to any of your rights as set out in this Privacy Policy, all such requests should be made in writing to The Data Protection Officer, Transform Health Limited, Main Street, Kilmessan, County Meath, Ireland, or by email to info@transformationpod.com
</p>





<!-- <div style="position: relative;width:100%;background-color: blue;height: 30px;;"> -->
<!-- <div style="position:absolute;background-color: green;"> -->
<a href="#priv-container" id="up-btn" title="Go to top" class="btn btn-primary btn-lg"><i class="fas fa-arrow-up"></i></a>
<!-- </div> -->
<!-- </div> -->


    </div>
    </div>
     </div>
</div>





</div>
</div>








  <script src="https://unpkg.com/aos@next/dist/aos.js"></script>
  <script>
    AOS.init();
  </script>



<script>

var ToC =
	  "<nav role='navigation' class='table-of-contents'>" +
	    "<h4 class=\"title text-left\">Contents</h4>" +
	    "<ul>";

	var newLine, el, title, link;

	$("h4").each(function() {

	  el = $(this);
	  title = el.text();
	  link = "#" + el.attr("id");

	  newLine =
	    "<li>" +
	      "<a href='" + link + "'>" +
	      upperCaseFirstLetter(lowerCaseAllWordsExceptFirstLetters(title)) +
	      "</a>" +
	    "</li>";

	  ToC += newLine;

	});

	ToC +=
	   "</ul>" +
	  "</nav>";

	$("#toc").prepend(ToC);
	
	
	function upperCaseFirstLetter(string) {
	    return string.charAt(0).toUpperCase() + string.slice(1);
	}

	function lowerCaseAllWordsExceptFirstLetters(string) {
	    return string.replace(/\w\S*/g, function (word) {
	        return word.charAt(0) + word.slice(1).toLowerCase();
	    });
	}


</script>


<script>

//When the user scrolls down 20px from the top of the document, show the button
window.onscroll = function() {scrollFunction()};

function scrollFunction() {
    if (document.body.scrollTop > 823 || document.documentElement.scrollTop > 823) {
        document.getElementById("up-btn").style.display = "block";
    } else {
        document.getElementById("up-btn").style.display = "none";
    }
}

</script>









<jsp:include flush="true" page="includes/footer.jsp"></jsp:include>