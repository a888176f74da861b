# Catalan pattern set. See common.pat for the file format.
#
# Only function words for now: no dev set has Catalan pages, so no chrome
# pattern has been measured. The words below are the ones Spanish does not
# share (`el`, `la`, `que`, `de` are in es.pat too). As a `vote=no` set they
# measure Catalan prose and, in the language vote, stand against Spanish:
# a Catalan page shares most Spanish stopwords and would otherwise be named
# Spanish by them; this way the trigram model names it.

[stopwords vote=no]
els dels als amb però és són aquest aquesta aquests aquestes aquell aquella seu seva seus seves
també perquè més molt hi ho li uns unes tot tota tots totes quan sense fer pot poden fins doncs
encara mateix jo ell ella ells elles meu nostre vostre aquí ara després abans sempre mai res cada
altre altres
