<?php require_once $_SERVER['DOCUMENT_ROOT'].'/includes/cursussen.php'; ?>

<!DOCTYPE HTML>
<html><!-- InstanceBegin template="/Templates/LP_EN.dwt.php" codeOutsideHTMLIsLocked="false" -->
<head>
   <meta name="viewport" content="width=device-width, initial-scale=1">
   <meta charset="utf-8">

   <!-- CSS: -->
   <link rel="stylesheet" href="/css/pellegrina_stijlen.css" type="text/css">

<!-- InstanceBeginEditable name="doctitle" -->
<title>Privacy and General Data Protection Regulation (GDPR)</title>
<!-- InstanceEndEditable -->
<meta charset="UTF-8">
<?php require_once $_SERVER['DOCUMENT_ROOT'].'/includes/metatags+javascript.EN.php'; ?>
<?php require_once $_SERVER['DOCUMENT_ROOT'].'/includes/GA_code.php'; ?>
<!-- InstanceBeginEditable name="head" -->
<!-- InstanceEndEditable -->
<!-- Facebook Pixel Code -->
<script>
  !function(f,b,e,v,n,t,s)
  {if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};
  if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
  n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];
  s.parentNode.insertBefore(t,s)}(window, document,'script',
  'https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '537749209897328');
  fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
  src="https://www.facebook.com/tr?id=537749209897328&ev=PageView&noscript=1"
/></noscript>
<!-- End Facebook Pixel Code -->
</head>
<body>
<?php require_once $_SERVER['DOCUMENT_ROOT'].'/includes/GA_tagmanager.php'; ?>
  <div id="inhoud" class="w3-main"> 
  <?php 
  echo $navigatie; 
  echo '<span class="w3-opennav w3-xxlarge w3-hide-large" onclick="w3_open()">☰</span>';
  require_once $_SERVER['DOCUMENT_ROOT'].'/includes/header.EN.php';
  ?>
  <div id="main"> 
  <!-- InstanceBeginEditable name="mainpage" -->
<h3>Privacy</h3>
<p><i>La Pellegrina</i> attaches great importance to the protection of your privacy. That is why all personal information you give us is treated in a careful and confidential manner. We are happy to inform you below about the way in which <em>La Pellegrina </em>handles your data.</p>
<h3>Personal information</h3>
<p>You can visit www.pellegrina.net without informing us who you are and without having to provide personal information. However, when registering as a participant and requesting to be kept informed, we need to request personal details such as your name, date of birth, musical background and experience, home address, telephone number and e-mail address. We use these data to process your registration and to provide you with information about your participation in a quick and careful manner. If you have not participated in an activity of <em>La Pellegrina</em> for ten years or more, we will delete your data from our database. The protection of personal data is regulated in the General Data Protection Regulation (GDPR). This law helps to protect the privacy of citizens and also applies to personal data collected through the internet. <em>La Pellegrina </em>adheres strictly to this law.</p>
<h3>Privacy on the internet</h3>
<p>A cookie is a small file that is placed on your computer via our website and records information about your visit. This way we can ensure that you do not always receive or need to enter the same information when you visit our website. What is stored in cookies depends in part on your browser settings. If we transfer or receive your data on our website, we always use the encryption technologies that are recognized as accepted standards within the IT sector. If you do not want to receive cookies, you can block this in the options of your browser.</p>
<h3>Newsletter</h3>
<p>When you have registered for the <em>La Pellegrina </em>newsletter, we will inform you about our offers regularly (about 2 times per year) by e-mail. Do you not wish to receive a newsletter from us anymore? Then you can easily unsubscribe yourself via a link in the newsletter. <em>La Pellegrina </em>uses your e-mail address only for the purpose for which you provided it. Your e-mail address will only be used internally and will never be provided to third parties for commercial use.</p>
<h3>Links</h3>
<p>The <em>La Pellegrina </em>website contains links to other websites. <em>La Pellegrina </em>can not be held responsible for the extent to which other websites guarantee your privacy.</p>
<h3>Questions</h3>
<p>If you have any questions about this privacy statement, you can send them by e-mail to <a href="mailto:info@pellegrina.net">info@pellegrina.net</a>.</p>  <!-- InstanceEndEditable -->
    <h2><a href="javascript: history.go(-1)">Back</a></h2>
  </div>
</div>
</body>
<?php require_once $_SERVER['DOCUMENT_ROOT'].'/includes/footer.php'; ?>
<!-- InstanceEnd --></html>
