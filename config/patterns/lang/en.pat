# English pattern set. See common.pat for the file format.

[drop]
tagged
table of contents
table of content
on this page
in this article
show caption
hide caption
learn more
shares
article sources
no items found
# WordPress.com's comment form and Instagram's embed.
fill in your details below or click an icon to log in:
view this post on instagram
pdf version
explore further
share
share this
share this article
share this story
share this post
share on facebook
share on twitter
tweet
print this page
print article
advertisement
advertisements
sponsored
sponsored content
skip to content
skip to main content
menu
main menu
search
search for
home
subscribe
subscribe now
sign in
log in
login
logout
register
sign up
follow us
continue reading
back to top
previous
next
previous post
next post
previous article
next article
tags
categories
category
loading
close
accept
reply
cancel reply
like this
like
view all
see all
show more
load more
more
privacy policy
terms of use
terms of service
terms and conditions
cookie policy
contact
contact us
about
about us
newsletter
listen to this article
photo
image
video
watch
download
send
submit
posted in
filed under
comments
no comments

# An avatar's alt text names whose picture it is ("Jane Doe's avatar",
# beside each comment of a newsletter platform).
[drop_contains max_words=5]
's avatar

[drop_contains max_words=8]
copyright
all rights reserved
click here
enable javascript
javascript is disabled
your browser does not support
comments are closed
you must be logged in
sign up for our
subscribe to our
follow us on
share on
minute read
min read
reading time
getty images
photo credit
image credit
posted on
last updated
leave a comment
leave a reply
skip to

[footer]
leave a reply
leave a comment
# The Genesis WordPress theme's heading over the comments.
reader interactions
about the author
about the authors
join the conversation
sign up for our newsletter
subscribe to our newsletter
the views expressed
was this article helpful
did you find this article helpful
if you enjoyed reading this
we want to hear what you think
# An author box's links to the author's other posts.
view author page
view author profile
see author profile
view all posts
view all articles by
more articles by
more posts by
more from this author
read all articles by
see all articles by

# A bare "Comments" heading ends the article; "Comments on X" may not.
[footer match=line]
comments
like this
# Comment forms and buttons.
post a comment
write a comment
add a comment
submit a comment
show comments
# The wpDiscuz WordPress plugin's comment form and sort buttons.
notify of
newest most voted
inline feedbacks
view all comments

[footer match=contains max_words=16]
all rights reserved

# A comment count heading ("59 Comments on “Title”") opens the comments.
[footer]
0 comments on
0 thoughts on
there are 0 comments
there is 0 comment
there are no comments
0 responses to
0 replies to
one comment on
one thought on
one response to
one reply to

[section]
you may also like
you might also like
related
related posts
related articles
related stories
related content
related news
related coverage
recommended
recommended for you
most popular
most read
most viewed
trending
trending now
latest
latest news
latest stories
popular posts
popular stories
recent posts
recent articles
more stories
more news
more from
read next
read this next
see also
top stories
editor's picks
don't miss
you may have missed
more in
further reading
more information
more on this story
more on this topic

[header]
skip to content
skip to main content
you are here

[stopwords]
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
said says one two new would also been has its there were which

# Job titles in an author's bio ("Jane Doe is a staff writer at …"): the bio's
# opening name is the author when no byline names one.
[author_roles]
editor writer journalist reporter author columnist correspondent contributor
photographer blogger copywriter

[author_teams]
# A bare line of names holding one of these is an editorial team's byline (`Podium Staff`).
team staff desk newsroom editors

# Words labelling a date: a byline's names end at one (`By Jane Doe Updated`).
[date_labels]
updated published posted modified
# Weekdays too: `Jane Doe am Dienstag` ends at one.
monday tuesday wednesday thursday friday saturday sunday

# An author photo's alt text printed beside the name ("Samuel Horti Avatar",
# "Nina Pineda Image"): a line of names ending in one is a byline, the word
# left out.
[byline_suffix]
avatar
image
photo
headshot
profile picture
profile image

[byline_prefix]
by
written by
words by
reporting by
posted by
author
story by
text by
contributors
contributor
# A blog template whose date is filled in by script prints its label alone.
posted on by
published on by
updated on by
last updated on by
# Blog templates (WordPress, Blogger) in this language: "published by", "written by".
published by
post author by
post author

[source_prefix]
source
sources

[months]
1 = january jan
2 = february feb
3 = march mar
4 = april apr
5 = may
6 = june jun
7 = july jul
8 = august aug
9 = september sep sept
10 = october oct
11 = november nov
12 = december dec

# Caption credits and calls to action, on short lines only.
[drop match=prefix max_words=8]
photograph by
photography by
photo:
image:
credit:
photo by
image by
courtesy of
photo courtesy
photos courtesy
image courtesy
# A blog post's footer (`Posted by Jane at 12:11 PM`); a byline above the
# post is read before patterns drop it.
posted by
join our newsletter
sign up for
get the latest

# A copyright notice drops its whole line, also a long footer line of links
# that ends in one ("Privacy | Terms ... © 2006 Example Inc. All rights reserved.").
[drop_contains max_words=30]
all rights reserved
# WordPress's post footer ("This entry was posted in News and tagged ..."),
# comment policies and e-mail sign-ups.
this entry was posted in
subscribe to email updates
comments are moderated
we ask that comments

# Affiliate and advertising disclosures ("We may earn a commission when you
# buy through links on our site."), on lines of up to 40 words.
[drop_contains max_words=40]
may earn a commission
may earn a small commission
may earn commission
may earn commissions
may earn an affiliate commission
may earn affiliate commissions
will earn a commission
we may receive compensation
i may receive compensation
may receive a small commission
may receive financial compensation
earn from qualifying purchases
contains affiliate links
contain affiliate links
contains some affiliate links
includes affiliate links
are affiliate links
blog uses affiliate links
site uses affiliate links
affiliate disclaimer
affiliate disclosure
advertising disclosure
through links on our site

# Calls to action standing alone on a line ("Get a quote", "Book a demo",
# "Start free trial", "No credit card required.").
[drop]
get a quote
get a free quote
get your free quote
get a demo
book a demo
request a demo
schedule a demo
schedule your demo
schedule your personalized demo
get started
get started now
get started today
get started for free
start free trial
start your free trial
free trial
try for free
try it free
no credit card required

# Widgets and banners that site templates print as a line of their own: the
# US government's site banner, a consent dialog's title, a text-to-speech
# player, a comment section's heading, skip links, a search page's label.
# Never a headline, though they stand where one does.
[drop]
an official website of the united states government
official websites use .gov
secure .gov websites use https
here's how you know
we care about your privacy
voiced by amazon polly
discussion about this post
accessibility links
search results for
trustpilot star rating bar

# Newsletter sign-up boxes ("The best of X, delivered to your inbox every
# morning", "Thank you for subscribing!").
[drop_contains max_words=20]
delivered to your inbox
straight to your inbox
right to your inbox
directly to your inbox
thank you for subscribing
thanks for subscribing
successfully subscribed
sign up to our newsletter
signing up to our newsletter
signing up for our newsletter
never miss the latest

# Labels of page controls and badges printed as text ("Accessibility Menu",
# "Skip Navigation", "Full Bio", "Fact Checked"). Short and capitalized like
# a name, so they also must never be read as a byline.
[drop]
accessibility menu
skip navigation
skip advertisement
show comments
hide comments
contact info
privacy preferences
suggested searches
advertiser disclosure
full bio
expert reviewed
fact checked
medically reviewed
forgot password?
comment on this article
press enter or click to view image in full size
stay connected
see deal
see deals

# Shop buttons and deal badges on product boxes ("Check Price at Amazon
# $249 List", "Deal alert: On sale for 20% off at Amazon"), on short lines.
[drop match=prefix max_words=12]
check price at
deal alert:

# Cookie consent notices ("This site uses cookies. By continuing to use
# it, you agree ..."), on lines of up to 40 words.
[drop_contains max_words=40]
we use cookies
site uses cookies
website uses cookies
agree to the use of cookies
agree to our use of cookies
accept cookies
cookie settings
cookie preferences
manage cookies

# Consent placeholders of embedded posts, maps and videos ("Click the button
# below to load the content from YouTube.", "By loading the post, you accept
# Instagram's privacy policy"), on lines of up to 30 words.
[drop_contains max_words=30]
to load the content
by loading the
load content
unblock content

# Consent to a form's terms, printed under a sign-up or contact form ("By
# submitting your email you agree to our Privacy Policy", "Message and data
# rates may apply"), on lines of up to 40 words.
[drop_contains max_words=40]
you agree to our
agree to our terms
agree to our privacy
you consent to
have read and agreed
have read and accept
have read and agree
data rates may apply

# Appeals for support and paywall notices ("We rely on your support to make
# local news available to all", "If you enjoyed reading this post – would
# you consider supporting our work?", "Already a subscriber? Log in").
[drop_contains max_words=30]
rely on your support
support our journalism
support independent journalism
support local journalism
already a subscriber
first-time subscribers
subscribe now to
please subscribe to
cancel anytime
cancel at any time
consider supporting our
would you consider supporting
if you enjoyed this
if you enjoyed reading
if you're enjoying this
become a patron

# The same appeal opening with a question ("Enjoyed this piece? We need your
# help to keep publishing."), and a donation button alone.
[drop match=prefix max_words=30]
enjoyed this piece?
enjoyed this article?
enjoyed this post?
[drop]
donate now

# A link to another story inside the article: the label and the headline
# after it ("Read more: Looted colonial art: Germany to set up new contact office"),
# on lines of up to 20 words.
[drop match=prefix max_words=20]
read more
read also
also read
see also

# A comment count standing alone ("71 Comments"): a link to the comments.
[drop]
0 comments
0 comment
0 replies
0 responses

# Photo credits closing a caption ("The Brooks Cascadia. Photo: Jane Doe",
# "… in an hour. Photograph: Getty Images").
[drop match=suffix max_words=40]
photo:
photos:
photograph:
image:
picture:
credit:
credits:
photo credit:
image credit:

# Letters, apps and follow prompts ("Submit a letter to the editor", "…
# download the Nationnews apps for iOS and Android"), on lines of up to 30 words.
[drop_contains max_words=30]
letter to the editor
letters to the editor
for ios and android
on ios and android
enter your email
enter your e-mail

# A sharing prompt ("Sharing is caring!").
[drop_contains max_words=20]
sharing is caring

# Figure captions ("Figure 3: The model's error by month").
[drop match=prefix max_words=40]
figure 0:
fig. 0:

# A citation box ends the article ("SUGGESTED CITATION Sauer, Heiko: …").
[footer]
suggested citation
cite this article
how to cite this article

# Blogger's comment buttons and journal paywall lines ("ReplyDelete",
# "Instant access to the full article PDF."), and feedback links.
[drop]
replydelete
reply delete
feedback to editors

[drop_contains max_words=20]
full article pdf

# Comment headers: a list item naming the commenter ("1. Jane Doe says:",
# "• Amy says"), as WordPress prints its comment list. The first one ends the
# article. Only list items: "The report says:" above a quote is article.
[footer match=suffix max_words=6 only=items]
says

# MediaWiki's skip links and Wikipedia's tagline, and a gallery's or a paged article's counter
# ("Image 3 of 10", "Page 2 of 5").
[drop]
jump to navigation jump to search
jump to: navigation, search
from wikipedia, the free encyclopedia
image 0 of 0
photo 0 of 0
slide 0 of 0
page 0 of 0

# A recipe card's buttons (WordPress recipe plugins print them on every food blog).
[drop]
print recipe
jump to recipe
pin recipe
save recipe
rate this recipe
rate recipe

# Call-to-action buttons and price widgets standing alone ("Book now", "Download now",
# "Read full review", "Best Prices Today:").
[drop]
book now
download now
read full review
read the review
get price
check price
best prices today
loading paragraph
