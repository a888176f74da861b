# Portuguese pattern set. See common.pat for the file format.

[drop]
compartilhar
compartilhe
partilhar
partilhe
imprimir
publicidade
página inicial
início
buscar
pesquisar
busca
pesquisa
menu
entrar
cadastre-se
assine
assine já
contato
contacto
fale conosco
política de privacidade
termos de uso
tags
leia mais
saiba mais
ver mais
comentários
comentar
responder
enviar
voltar ao topo

[drop_contains max_words=10]
todos os direitos reservados
tempo de leitura

[footer]
# An author box's link to the author's other posts (WordPress's wording).
ver todos os posts de
ver todos os artigos de
comentários
deixe um comentário
deixe seu comentário
deixe o seu comentário
sobre o autor

[footer match=contains max_words=16]
todos os direitos reservados

[section]
leia também
veja também
leia mais
mais lidas
mais lidos
notícias relacionadas
artigos relacionados
matérias relacionadas
últimas notícias
mais notícias
você também pode gostar
você pode gostar
recomendados
mais populares

# Function words. vote=no: Spanish and Galician share many of them, so the
# trigram model names a page's language.
[stopwords vote=no]
o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem
que e é ou mas se como mais foi são ser está estão era tem têm também já não muito ao aos à às seu sua
seus suas ele ela eles elas isso este esta esse essa quando sobre entre até depois

# Job titles in an author's bio (see en.pat).
[author_roles]
jornalista repórter redator redatora editor editora colunista fotógrafo fotógrafa correspondente

[author_teams]
redação equipe

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
atualizado publicado
# Weekdays too: `Jane Doe am Dienstag` ends at one.
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo

[byline_prefix]
por
autor
autora
# Blog templates (WordPress, Blogger) in this language: "published by", "written by".
publicado por
escrito por
postado por

[source_prefix]
fonte

[months]
1 = janeiro jan
2 = fevereiro fev
3 = março mar
4 = abril abr
5 = maio mai
6 = junho jun
7 = julho jul
8 = agosto ago
9 = setembro set
10 = outubro out
11 = novembro nov
12 = dezembro dez

[drop match=prefix max_words=10]
foto:

# Cookie consent notices ("Utilizamos cookies para …").
[drop_contains max_words=40]
utilizamos cookies
usamos cookies
este site utiliza cookies
este site usa cookies

# A link to another story inside the article ("Leia também: …").
[drop match=prefix max_words=20]
leia também
veja também

# A comment count standing alone ("12 comentários").
[drop]
0 comentários
0 comentário

# Photo credits closing a caption ("… no Rio. Foto: Agência Brasil").
[drop match=suffix max_words=40]
foto:
