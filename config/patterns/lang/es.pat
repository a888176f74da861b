# Spanish pattern set. See common.pat for the file format.

[drop]
compartir
imprimir
publicidad
inicio
buscar
menú
suscríbete
iniciar sesión
registrarse
aviso legal
política de privacidad
síguenos
etiquetas
temas
leer más
ver más
comentarios
enviar
cerrar

[drop_contains max_words=10]
todos los derechos reservados
cookies
javascript
tiempo de lectura
suscríbete a

[footer]
# An author box's link to the author's other posts (WordPress's wording).
ver todas las entradas de
más artículos de
comentarios
deja un comentario
deja tu comentario
sobre el autor

[footer match=contains max_words=16]
todos los derechos reservados

# A comment count heading ("59 Comments on “Title”") opens the comments.
[footer]
0 comentarios en
0 comentarios sobre
0 comentario en
0 respuestas a
0 pensamientos sobre

[section]
noticias relacionadas
artículos relacionados
te puede interesar
también te puede interesar
lo más leído
más leídas
más leído
más noticias
últimas noticias
relacionado
relacionadas
más sobre
más información
lee también
lea también
te recomendamos
te puede interesar también

[stopwords]
el la los las un una unos unas y o pero que de del al a en con por para sin sobre entre es son era eran
fue fueron ser estar está están ha han había se su sus lo le les me mi nos no más muy también como cuando
donde porque pues ya si este esta estos estas ese esa eso hay todo todos

# Job titles in an author's bio (see en.pat).
[author_roles]
periodista redactor redactora editor editora autor autora corresponsal fotógrafo fotógrafa

[author_teams]
redacción equipo

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
actualizado publicado
# Weekdays too: `Jane Doe am Dienstag` ends at one.
lunes martes miércoles jueves viernes sábado domingo

[byline_prefix]
por
autor
autora
# Blog templates (WordPress, Blogger) in this language: "published by", "written by".
publicado por
escrito por
redactado por

[source_prefix]
fuente

[months]
1 = enero ene
2 = febrero feb
3 = marzo mar
4 = abril abr
5 = mayo
6 = junio jun
7 = julio jul
8 = agosto ago
9 = septiembre setiembre sep sept
10 = octubre oct
11 = noviembre nov
12 = diciembre dic

[drop match=prefix max_words=10]
escucha esta nota
foto:
imagen:
suscríbete a
únete a

# A copyright notice drops its whole line, also a long footer line of links
# that ends in one ("Privacy | Terms ... © 2006 Example Inc. Todos los derechos reservados.").
[drop_contains max_words=30]
todos los derechos reservados

# Cookie consent notices ("Este sitio web utiliza cookies ..."), on lines of up to 40 words.
[drop_contains max_words=40]
utiliza cookies
utilizamos cookies
usamos cookies
aceptas el uso de cookies
acepta el uso de cookies
configuración de cookies

# Consent to a form's terms ("Acepto términos y condiciones", "He leído y
# acepto la política de privacidad"), on lines of up to 40 words.
[drop_contains max_words=40]
acepto términos y condiciones
acepto los términos
acepto la política
he leído y acepto

# Appeals for support ("Hazte miembro", "Apoya el periodismo
# independiente"), on lines of up to 30 words.
[drop_contains max_words=30]
hazte miembro
hazte socio
apoya el periodismo
apoya nuestro periodismo
suscríbase
para comentar debes

# A link to another story inside the article: the label and the headline
# after it ("Lea más: …", "PUEDES VER: …"),
# on lines of up to 20 words.
[drop match=prefix max_words=20]
lea más
lea también
lee también
puedes ver
vea también
ver también
le puede interesar
te puede interesar

# A comment count standing alone ("71 comentarios"): a link to the comments.
[drop]
0 comentarios
0 comentario

# Photo credits closing a caption ("Puerto de Montevideo. Foto: Archivo El País").
[drop match=suffix max_words=40]
foto:
fotos:
imagen:
fuente:

# "Lea: <headline>", a link to another story.
[drop match=prefix max_words=20]
lea:

# Follow and join prompts ("Síguenos en Telegram, Instagram, Facebook y
# Twitter para …"), on lines of up to 30 words.
[drop_contains max_words=30]
síguenos en
siguenos en
canal de telegram
canal de youtube

# Figure captions ("Figura 2: …").
[drop match=prefix max_words=40]
figura 0:

# Cabeceras de comentarios: un elemento de lista con el nombre ("• Ramón
# dijo:", "1. Ana dice:"), como WordPress lista los comentarios. El primero
# cierra el artículo. Solo elementos de lista.
[footer match=suffix max_words=6 only=items]
dijo
dice

# MediaWiki's skip links and Wikipedia's tagline, and a gallery's or a paged article's counter
# ("Foto 3 de 10", "Página 2 de 5").
[drop]
ir a la navegación ir a la búsqueda
de wikipedia, la enciclopedia libre
foto 0 de 0
imagen 0 de 0
página 0 de 0

# A link to another story under the label "MIRA" (see), as Latin American news sites print it
# ("MIRA: Madre se acerca …", "MIRA | Kenji Fujimori: …"), and "Lee además: …".
[drop match=prefix max_words=25]
mira:
mira |
mira también
lee además
lea además

[section]
mira también
lee además
lea además

# A subscription pitch's fine print ("Tú también puedes … Cancela cuando quieras.").
[drop_contains max_words=30]
cancela cuando quieras
cancela en cualquier momento
