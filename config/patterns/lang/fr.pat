# French pattern set. See common.pat for the file format.

[drop]
partager
partager sur facebook
imprimer
publicité
accueil
rechercher
recherche
menu
newsletter
s'abonner
abonnez-vous
se connecter
connexion
inscription
mentions légales
contact
suivez-nous
retour en haut
voir aussi
voir plus
mots-clés
lire la suite
commentaires
réagir
envoyer

[drop_contains max_words=10]
tous droits réservés
cookies
javascript
temps de lecture
abonnez-vous à
inscrivez-vous

[footer]
# An author box's link to the author's other posts (WordPress's wording).
voir tous les articles par
voir tous les articles de
tous les articles de
commentaires
laisser un commentaire
réagissez
à propos de l'auteur

[footer match=contains max_words=16]
tous droits réservés

# A comment count heading ("59 Comments on “Title”") opens the comments.
[footer]
0 commentaires sur
0 commentaire sur
0 réflexions sur
une réflexion sur
0 réponses à

[section]
lire aussi
vous aimerez aussi
à lire aussi
sur le même sujet
les plus lus
articles similaires
articles liés
à découvrir
à voir aussi
dans la même rubrique
les plus partagés
derniers articles
pour en savoir plus
en savoir plus
plus d'informations
à lire également
lire également

[stopwords]
le la les un une des du de d l et ou mais donc car ni que qui quoi dont où ce cet cette ces il elle ils
elles on nous vous je tu se sa son ses leur leurs est sont était étaient a ont avait être avoir pour par
sur dans avec sans sous entre vers chez en au aux ne pas plus très aussi comme si tout tous toute toutes
fait faire peut été cela ça y

# Job titles in an author's bio (see en.pat).
[author_roles]
journaliste rédacteur rédactrice auteur autrice correspondant correspondante photographe

[author_teams]
rédaction équipe

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
publié modifié actualisé
# Weekdays too: `Jane Doe am Dienstag` ends at one.
lundi mardi mercredi jeudi vendredi samedi dimanche

[byline_prefix]
par
auteur
auteure
# Blog templates (WordPress, Blogger) in this language: "published by", "written by".
publié par
écrit par
rédigé par
posté par

[source_prefix]
source

[months]
1 = janvier janv
2 = février févr
3 = mars
4 = avril avr
5 = mai
6 = juin
7 = juillet juil
8 = août
9 = septembre sept
10 = octobre oct
11 = novembre nov
12 = décembre déc

[drop match=prefix max_words=10]
vos réactions
photo:
crédit photo
inscrivez-vous à

# A copyright notice drops its whole line, also a long footer line of links
# that ends in one ("Privacy | Terms ... © 2006 Example Inc. Tous droits réservés.").
[drop_contains max_words=30]
tous droits réservés

# Cookie consent notices ("Ce site utilise des cookies ..."), on lines of up to 40 words.
[drop_contains max_words=40]
utilise des cookies
utilisons des cookies
acceptez l'utilisation de cookies
acceptez l'utilisation des cookies
paramètres des cookies

# Consent to a form's terms ("J'ai lu et j'accepte la charte"), on lines of
# up to 40 words.
[drop_contains max_words=40]
j'ai lu et j'accepte
j'ai lu et accepte
vous acceptez nos

# A link to another story inside the article: the label and the headline
# after it ("Lire aussi : …"),
# on lines of up to 20 words.
[drop match=prefix max_words=20]
lire aussi
à lire aussi

# A comment count standing alone ("71 commentaires"): a link to the comments.
[drop]
0 commentaires
0 commentaire

# Photo credits closing a caption ("Roman Prymula, photo : Archives du Gouvernement").
[drop match=suffix max_words=40]
photo:
crédit:
crédits:
crédit photo:

# Metered paywall notices ("Vous avez lu 1 des 4 articles gratuits ce mois-ci").
[drop_contains max_words=30]
articles gratuits

# Figure captions ("Figure 2 : …").
[drop match=prefix max_words=40]
figure 0:

# MediaWiki's skip links and Wikipedia's tagline, and a gallery's or a paged article's counter
# ("Photo 3 sur 10", "Page 2 sur 5").
[drop]
aller à la navigation aller à la recherche
un article de wikipédia, l'encyclopédie libre
photo 0 sur 0
image 0 sur 0
page 0 sur 0
