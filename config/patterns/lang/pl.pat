# Polish pattern set. See common.pat for the file format.

[drop]
udostępnij
drukuj
reklama
strona główna
szukaj
menu
zaloguj się
zarejestruj się
newsletter
polityka prywatności
kontakt
tagi
czytaj więcej
więcej
komentarze
skomentuj
wyślij

[drop_contains max_words=10]
wszelkie prawa zastrzeżone
cookies
javascript
czas czytania

[footer]
# An author box's link to the author's other posts (WordPress's wording).
zobacz wszystkie wpisy
wszystkie wpisy
komentarze
dodaj komentarz

[footer match=contains max_words=16]
wszelkie prawa zastrzeżone

# A comment count heading ("59 Comments on “Title”") opens the comments.
[footer]
0 komentarzy do
0 komentarze do
0 odpowiedzi na

[section]
czytaj także
czytaj też
zobacz także
zobacz też
najczęściej czytane
najpopularniejsze
polecamy
podobne artykuły
powiązane artykuły
najnowsze
więcej informacji
czytaj więcej
przeczytaj także
przeczytaj też

[stopwords]
i w na z do że się nie to jest są był była było by o od po przez za dla jak ale a oraz lub czy ten ta
te tego tej tym jego jej ich już też także tylko może być który która które których ma mają przy pod nad
jednak gdy jeśli bardzo

[author_teams]
redakcja zespół

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
aktualizacja zaktualizowano opublikowano
# Weekdays too: `Jane Doe am Dienstag` ends at one.
poniedziałek wtorek środa czwartek piątek sobota niedziela

[byline_prefix]
autor
autorka

[source_prefix]
źródło

[months]
1 = stycznia styczeń sty
2 = lutego luty lut
3 = marca marzec mar
4 = kwietnia kwiecień kwi
5 = maja maj
6 = czerwca czerwiec cze
7 = lipca lipiec lip
8 = sierpnia sierpień sie
9 = września wrzesień wrz
10 = października październik paź
11 = listopada listopad lis
12 = grudnia grudzień gru

[drop match=prefix max_words=10]
opublikowano
fot.
zdjęcie:
zapraszamy do

# A copyright notice drops its whole line, also a long footer line of links
# that ends in one ("Privacy | Terms ... © 2006 Example Inc. Wszelkie prawa zastrzeżone.").
[drop_contains max_words=30]
wszelkie prawa zastrzeżone

# Cookie consent notices ("Ta strona używa plików cookies ..."), on lines of up to 40 words.
[drop_contains max_words=40]
korzystamy z cookies
korzystamy z plików cookies
używa plików cookies
używa plików cookie
wykorzystuje pliki cookies
wykorzystuje pliki cookie

# Consent to a form's terms ("Klikając … wyrażasz zgodę na …", the button
# "Akceptuję"), on lines of up to 40 words.
[drop_contains max_words=40]
wyrażasz zgodę na
wyrażam zgodę na
[drop]
akceptuję

# A link to another story inside the article: the label and the headline
# after it ("Czytaj też: …"),
# on lines of up to 20 words.
[drop match=prefix max_words=20]
czytaj także
czytaj też
zobacz także
zobacz też

# A comment count standing alone ("71 komentarzy"): a link to the comments.
[drop]
0 komentarzy
0 komentarze
0 komentarz

# Photo credits closing a caption ("Praca w magazynie / Źródło: Pixabay").
[drop match=suffix max_words=40]
fot.
fot:
zdjęcie:
źródło:

# "Dowiedz się więcej: <headline>", a link to another story.
[drop match=prefix max_words=20]
dowiedz się więcej

[section]
zobacz również
czytaj również

# Figure captions ("Rycina 2: …", "Rys. 2: …").
[drop match=prefix max_words=40]
rycina 0:
rys. 0:

# Invitations to subscribe or follow ("Zapraszamy też do subskrypcji tygodnika …").
[drop match=prefix max_words=30]
zapraszamy też do
zapraszamy również do
