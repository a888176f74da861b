# Pattern sets for every page, whatever its language.
#
# File format (all .pat files):
#   [section option=value ...]   starts a section; the name is the pattern kind
#   one pattern per line         matched case-insensitively, on whole words;
#                                Vietnamese tone placement (hoà/hòa) is folded;
#                                a number matches any number (`0 comments`
#                                matches `59 Comments`), and a colon with or
#                                without a space before it (`photo:` matches
#                                `Photo : AFP`)
#   # comment                    a line starting with '#'
#
# Kinds and their defaults:
#   [drop]           drop a line equal to the pattern          (match=line)
#   [drop_contains]  drop a short line containing the pattern  (match=contains max_words=10)
#   [footer]         a marker ending the article when met after it (match=prefix max_words=14);
#                    a match=contains marker must come after half of the article's prose
#   [header]         a marker above the article: lines above it go (match=prefix max_words=14)
#   [section]        a list heading ("Related"): drops it and the list under it (match=prefix max_words=14)
#   [residue]        template residue cut out of any line (exact text, ASCII case-insensitive)
#   [stopwords]      function words, space separated (sentence detection); they also name
#                    the page's language when the envelope gives none, unless the section
#                    says vote=no (words shared with languages that have no set: then the
#                    trigram model names it); share=N: the percentage of a sample's words
#                    they must make up to name it (default 20)
#   [byline_prefix] [byline_suffix] [source_prefix]  words around bylines and source lines
#   [author_roles]   job titles, space separated: a line opening with a name and giving one
#                    within 8 words is an author's bio, read when no byline names the author
#   [given_names]    given names, space separated (names.pat): a bare line of names is a byline
#                    only when each name opens with one
#   [author_teams]   words naming an editorial team (`staff`, `redaktion`): a bare line of names
#                    holding one is a byline
#   [date_labels]    words labelling a date (`updated`, `published`), space separated: a byline's
#                    names end at one (`By Jane Doe Updated`, its date on the next line)
#   [months]         `N = name abbreviation ...` for reading dates
#   [html_chrome]    HTML class/id tokens (or element names) of page chrome: lines inside are dropped
#                    (max_words=N: only lines of up to N words; names=others: the elements name
#                    other people, commenters or other articles' authors, so an [html_byline]
#                    element inside one does not name the page's author)
#   [html_byline]    fragments of HTML class/id/rel/itemprop values of the author's name element
#   [html_not_chrome] prefixes (`has-`) and suffixes (`-enabled`) of class/id tokens that name a
#                    state or a taxonomy term: html_chrome tokens inside them do not count
# Options: max_words=N (lines with more words are never matched), match=line|prefix|contains|suffix
#   (suffix: the pattern opens the line's last words, with at most 8 words after it).
#   A prefix or suffix pattern's closing punctuation counts: `foto:` matches "Foto: dpa", not
#   "Foto von 2019". Other punctuation at the ends of patterns and lines is ignored.
#   only=items: the patterns match list items only, lines opening with a bullet or a
#   number (`1. Jane says:`), as comment lists print their headers.
#
# Files: common.pat and any other .pat file beside it (all pages; names.pat holds the given
# names), lang/<iso639-1>.pat (pages in that language), sites/<domain>.pat (pages from that
# domain and its subdomains).

[residue]
{name}
{time}
{body}
{title}
{date}
{author}
{content}
{comment}
{count}
{{name}}
{{title}}
{{date}}

[drop]
# A clock or player time alone on a line ("00:00", "1:02:45 / 3:10:00").
0:0
0:0:0
0:0 / 0:0
0:0:0 / 0:0:0
facebook
twitter
linkedin
whatsapp
pinterest
telegram
instagram
youtube
tiktok
reddit
tumblr
zalo
viber
messenger
rss
email
e-mail
print
pdf
copy link
top

# Image and control labels left by alt text ("Parkview Health Logo",
# "Close Icon"), in any language that borrows the words.
[drop_contains max_words=4]
logo
icon

# HTML class and id tokens of page chrome (HTML input only). Whole tokens:
# "share" marks class="share-buttons" but not class="shared". A token that
# is an element's name marks the element too: "form" marks <form>.
[html_byline]
# Fragments of class, id, rel or itemprop values that mark the element
# holding the author's name (`author-name`, `post-byline`, `rel="author"`).
# Matched anywhere in the value, case-insensitively.
author
byline

[html_chrome names=others]
# Comment lists and forms (a commenter's name, the form's `Name` field) and
# lists of other articles (their bylines).
form
comment
comments
related
relate
recommended
teasers
# Vietnamese sites name their boxes in unaccented Vietnamese: related news
# (tin liên quan, tin khác, tin mới), comments (bình luận).
tinlienquan
tin-lien-quan
tin_lien_quan
tinkhac
tin-khac
tinmoi
tin-moi
binhluan
binh-luan

[html_chrome]
nav
navbar
navigation
menu
breadcrumb
breadcrumbs
share
sharing
social
sidebar
widget
widgets
ad
ads
advert
advertisement
sponsored
popup
modal
cookie
cookies
newsletter
subscribe
subscription
promo
pagination
toolbar
masthead
footer
# Vietnamese: share (chia sẻ), ads (quảng cáo).
chiase
chia-se
quangcao
quang-cao
# Author boxes under the article (bylines are read from the text).
bio
biography
author-box
authorbox
author-bio
about-author
author-info

[html_not_chrome]
# A class token that states a page's layout or a post's tags names no region:
# `has-sidebar`, `no-comments`, `sidebar-enabled--false`, and WordPress's
# `category-<slug>` and `tag-<slug>` on every post, whose slugs are free text
# (`category-social-media`, `tag-newsletter`).
has-
no-
with-
without-
category-
tag-
-enabled
-disabled
-false
-true
-off

[html_chrome max_words=20]
# Photo captions and credits, when the markup names them (`wp-caption-text`,
# `image-caption`); `<figcaption>` is dropped whatever its length. A longer
# line under such a class is the article itself in a wrongly named box.
caption

# WordPress's notice under its comment form, in any language ("This site
# uses Akismet to reduce spam", "Diese Website verwendet Akismet, um Spam
# zu reduzieren").
[drop_contains max_words=30]
akismet

# A copyright sign opening the last few words of a line is a photo credit
# closing its caption ("… frische Blumen. © Eawag") or a copyright footer.
# match=suffix: at most 8 words may follow the pattern.
[drop match=suffix max_words=40]
©

# A post's tag list ("Tags: Hà Nội, rét đậm"), labelled in English on sites
# in any language.
[drop match=prefix max_words=30]
tags:

# Invitations to follow the site on Google News, in any language ("Theo dõi
# Tuổi Trẻ trên Google News", "Recibe alertas desde Google News").
[drop_contains max_words=12]
google news

# Newsletter sign-up boxes in any language ("Abonniere unseren Newsletter
# und erfahre …", "JOIN Our FREE Plant Care Newsletter"), on lines of up to
# 30 words.
[drop_contains max_words=30]
newsletter

# CAPTCHA prompts under comment and contact forms, in any language.
[drop_contains max_words=30]
captcha

# Comment rules ("… halten Sie sich an unsere Netiquette"), in any language.
[drop_contains max_words=30]
netiquette

# Form plugins' hidden-field labels, printed in English on sites in any
# language (Gravity Forms: "This field is for validation purposes and should
# be left unchanged.").
[drop_contains max_words=20]
this field is for validation purposes
this field is hidden when viewing the form

# Placeholder text left in a page template ("Lorem ipsum dolor sit amet, …").
[drop_contains max_words=40]
lorem ipsum dolor

# Site builders' and newsletter platforms' widget text, printed in English on
# sites in any language: Webflow's form messages, Substack's comment toggle.
[drop]
thank you! your submission has been received!
oops! something went wrong while submitting the form.
expand full comment

# Server errors printed into the page, in any language: PHP's warnings and
# notices ("Deprecated: … in /www/htdocs/wp-settings.php on line 520").
[drop_contains max_words=40]
.php on line
