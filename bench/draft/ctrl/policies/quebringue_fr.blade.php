@extends('layouts.app')

@section('title', 'Politique de confidentialité')

@section('content')
<div class="container">
    <h1 class="confidential">Politique de confidentialité</h1>
    <p>Le Règlement général sur la protection des données (à caractère personnel), le RGPD, est d’application depuis le 25 mai 2018. Ce règlement n’est pas une nouveauté en matière de protection des données mais s’inscrit dans la continuité de la loi du 8 décembre 1992 relative à la protection de la vie privée. Le RGPD met l’accent sur la transparence et sur le contrôle des citoyens sur le traitement de leurs données à caractère personnel.</p>
    <h3>Légilsations</h3>
    <p>Nous mettons tout en œuvre pour respecter les dispositions légales de la loi du 8 décembre 1992 relative à la protection de la vie privée à l’égard des traitements de données à caractère personnel, modifiée par la loi du 11 décembre 1998 ainsi que les dispositions légales du Règlement général sur la protection des données (RGPD) du 14 avril 2016 adopté par le Parlement européen et d’application depuis le 25 mai 2018.</p>
    <h3>Cryptages des données</h3>
    <p>Notre site Internet utilise une connexion sécurisée entre l’ordinateur du visiteur et notre serveur internet (HOSTINGER) afin de garantir un haut niveau de sécurité et de confidentialité.</p>
    <h3>Le RGPD en 7 points :</h3>
    <h3>1. INTRODUCTION ET QU’EST-CE UNE DONNÉE À CARACTÈRE PERSONNEL</h3>
    <p>Depuis le 25 mai 2018, le Règlement général sur la protection des données ( à caractère personnel ), le RGPD, est d’application.<br>
        Ce règlement n’est pas une nouveauté en matière de protection des données mais s’inscrit dans la continuité de la loi du 8 décembre 1992 relative à la protection de la vie privée. Depuis, cette loi a été abrogée et remplacée par la loi du 20 juillet 2018 relative à la protection des personnes physiques à l’égard des traitements de données à caractère personnel.<br>
        Le RGPD met l’accent sur la transparence et sur le contrôle des citoyens sur le traitement de leurs données à caractère personnel.
        Qu’est-ce qu’une donnée personnelle : Toute information relative à une personne physique qui peut être identifiée directement ou indirectement ( nom, prénom, adresse, numéro de téléphone, … ).</p>
    <p>
    <h3>Le responsable de traitement</h3>
    <p>Qué bringue détermine les finalités et les modalités des données à caractère personnel qu’elle traite. Au sens du RGPD, elle est dès lors le responsable de traitement de ces données. Les coordonnées de son représentant légal sont :
    <ul><br>
        <li>Qué bringue</li><br>
        <li>Julien Petit, administrateur</li><br>
        <li>Rue de florent, 39</li><br>
        <li>7618 Taintignies</li><br>
        <li>Belgique</li><br>
    </ul>
    </p>
    <h3>Le délégué à la protection des données</h3>
    <p>Qué bringuedispose d’un Délégué à la protection des données à caractère personnel (DPO).
        Les missions du DPO sont :<br>
        information, sensibilisation et conseil en matière de protection des données à caractère personnel ;<br>
        veille au professionnalisme et à la confidentialité ;<br>
        accompagnement et contrôle du respect du RGPD ;<br>
        point de contact avec l’Autorité de protection des données pour tout renseignement, avis, sanction.</p>
    <h3>Quels sont vos droits ?</h3>
    <p>Dans la poursuite de l’ancienne loi sur la protection de la vie privée, le RGPD renforce les droits des citoyens concernant la protection de leurs données à caractère personnel. Ces droits ne sont pour autant pas absolus ni inconditionnels. En effet, certains droits ne peuvent être exercés que dans des cas précis prévus par le RGPD et pour autant qu’ils ne portent pas atteinte aux droits et libertés des tiers (secret professionnel, vie privée, …).
        L’exercice des droits est personnel. Vous ne pouvez pas exercer des droits pour autrui (sauf exception).</p>
    <h3>LES DROITS CONSACRÉS PAR LE RGPD SONT LES SUIVANTS :</h3>
    <p>droit à l’information : vous avez le droit de connaitre l’identité et les coordonnées du responsable de traitement et le cas échéant, celles de la Déléguée à la Protection des données, les finalités du traitement, les destinataires des données collectées, leur éventuel transfert en dehors de l’UE, leur durée de conservation,… ;<br>
        droit d’accès aux données à caractère personnel : vous avez le droit de consulter vos données à caractère personnel et d’en obtenir une copie moyennant éventuellement rétribution ne dépassant pas le coût administratif de l’impression ;<br><br>
        droit de rectification : vous avez le droit de demander la rectification de toute donnée inexacte ou incomplète ;<br><br>
        droit à l’effacement : moyennant le respect de certaines conditions prévues à l’article 17 du RGPD, vous avez le droit de demander l’effacement de vos données dans les meilleurs délais. Néanmoins, plusieurs exceptions énoncées dans cet article peuvent justifier un refus de votre demande ;<br><br>
        droit à la limitation du traitement : dans certains cas, vous avez le droit de demander que l’utilisation de certaines de vos données soit suspendue ou limitée à certains traitements, le cas échéant temporairement. Vos données seront simplement conservées durant le temps nécessaires à la limitation du traitement. Ce droit fait l’objet de plusieurs exceptions prévues à l’article 18 du RGPD ;<br><br>
        droit au retrait du consentement : si le traitement est réalisé sur base de votre consentement, vous avez le droit de retirer celui-ci à tout moment, sans que cela porte atteinte à la licéité du traitement fondé sur le consentement effectué avant le retrait de celui-ci;<br><br>
        droit à la portabilité de données : Seulement si le traitement est effectué sur base de votre consentement préalable ou pour l’exécution d’un contrat et que le traitement est effectué à l’aide de procédés automatisés, vous avez le droit de demander à récupérer les données que vous avez fournies pour un usage personnel ou pour les transmettre à un tiers de votre choix, dans un format lisible par une machine, lorsque cela est techniquement possible ;<br><br>
        droit d’opposition : à tout moment, pour des raisons personnelles, et pour autant que le traitement soit fondé sur l’exercice d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique, vous pouvez vous opposer au traitement de vos données personnelles. Toutefois, certaines exceptions prévues à l’article 21 du RGPD peuvent justifier le refus de votre demande.</p>
    <h3>Commenet exercer vos droits ?</h3>
    <p>par courrier à adresse à : Rue de Florent, 39, 7618 Taintignies, Belgique;<br>
        par email à la personne Déléguée à la protection des données bringeur@quebringue.be <br><br>
        Attention : Veuillez indiquer votre identité complète ainsi que vos coordonnées (+ email si vous souhaitez être contacté par ce biais) afin que nous puissions vérifier la régularité de votre demande.<br>
        Une réponse vous sera fournie dans les 30 jours de l’envoi d’un accusé de réception.</p>
    <h3>Droits de recours</h3>
    <p>
        Si vous estimez que Qué bringue n’a pas respecté vos droits et/ou n’a pas traité vos données personnelles conformément au RGPD, vous pouvez introduire une réclamation auprès de l’Autorité de protection des données dont les coordonnées sont les suivantes :<br><br>
        Autorité de protection des données<br>
        Rue de la Presse 35<br>
        1000 Bruxelles<br>
        Téléphone : +32 2 274 48 00<br>
        Email : contact@apd-gba.be<br>
        Site internet : www.autoriteprotectiondonnees.be<br>
    </p>
    <h3>Utilisation des cookies</h3>
    <p>Un cookie est un petit fichier qui enregistre des informations sur le comportement du visiteur d’un site internet et, bien que généré par le serveur informatique du site consulté, il est automatiquement enregistré sur le disque dur de l’ordinateur, smartphone ou tablette du visiteur.</p>
</div>
@endsection