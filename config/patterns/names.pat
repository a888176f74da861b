# Given names, for every page whatever its language.
#
# A bare line of capitalized words near the article's edge (`Jane Doe`) is read as its byline
# only when each name on it opens with one of these names (after a title, `Dr.`, or initials,
# `J. R.`), or holds an [author_teams] word (`Podium Staff`). Lines capitalized like names but
# made of other words are headings and buttons: `Key Takeaways`, `Neueste Beiträge`, `Social
# Share`. Bylines that say what they are (`By Jane Doe`, `Written by` over a name) need no
# given name.
#
# Add names as you meet them: space separated, any case; Vietnamese tone placement is folded.
# A name that is also a common word (`will`, `may`, `young`) lets headings through: it is left out
# unless the name is very common.
#
# Sources: the 1990 US Census first-name lists (public domain), the 250 most frequent male and
# 400 most frequent female names in full, and the rest down to rank 1219 (male) and 2500
# (female) unless written in lowercase five times or more in the English development texts (a
# word, then); then common given names of other languages, written out by the project, each
# also without its accents (`Matias`, `Jose`) except in Vietnamese.

[given_names]
# US Census 1990
aaron abbey abbie abby abdul abe abel abigail abraham abram ada adalberto adam adan addie adela
adelaida adelaide adele adelia adelina adeline adell adella adelle adina adolfo adolph adria adrian
adriana adriane adrianna adrianne adrienne afton agatha agnes agustin agustina ahmad ahmed aida
aileen aimee aisha aja akiko alaina alan alana alanna alba albert alberta albertha albertina
albertine alberto albina alda alden aldo alec alecia alejandra alejandrina alejandro alena alene
alesha alesia aleta aletha alethea alethia alex alexa alexander alexandra alexandria alexia alexis
alfonso alfonzo alfred alfreda alfredo ali alia alica alice alicia alida alina aline alisa alisha
alison alissa allan allen allene allie allison allyson alma almeda alonso alonzo alphonse alphonso
alta altagracia altha althea alton alva alvaro alvin alvina alyce alycia alysha alysia alyson alyssa
amada amado amalia amanda amber ambrose amelia america ami amie amina amos amparo amy ana anabel
anastacia anastasia anderson andra andre andrea andreas andree andres andrew andria andy anette
angel angela angelia angelica angelika angelina angeline angelique angelita angella angelo angie
anglea anh anibal anika anissa anita anitra anjanette ann anna annabel annabelle annamarie anne
anneliese annemarie annetta annette annie annmarie anthony antione antionette antoine antoinette
anton antone antonette antonia antonina antonio antony antwan anya april araceli aracely arcelia
archie ardella arden ardis ardith aretha ariana arianna ariel arielle arleen arlen arlene arlette
arlie arline armand armando armida arnetta arnold arnoldo arnulfo aron arron arthur artie arturo asa
asha ashely ashlee ashleigh ashley ashli ashlie ashly ashton asia astrid asuncion athena aubrey
audra audrey audry august augusta augustine augustus aura aurea aurelia aurelio aurora austin ava
avelina avery awilda ayana ayanna ayesha babara babette bailey bambi barb barbara barbie barbra
barney barrett barry bart barton bea beatrice beatriz beau beckie becky belen belia belinda bella
belle belva ben benedict benita benito benjamin bennett bennie benny benton berenice bernadette
bernadine bernard bernardo bernice bernie berniece bernita berry bert berta bertha bertie bertram
beryl bess bessie beth bethany bethel betsy bette bettie bettina betty bettye beulah beverlee
beverley beverly bianca bill billie billy billye birdie birgit blaine blair blake blanca blanch
blanche bo bobbi bobbie bobby bobbye bonita bonnie bonny booker boris boyce boyd brad bradford
bradley bradly brady brandee branden brandi brandie brandon brandy brant breanna breanne bree brenda
brendan brendon brenna brent brenton bret brett brian briana brianna brianne brice bridget bridgett
bridgette brigette brigid brigitte britany britney britni britt brittani brittany brittney brittni
brock broderick brook brooke brooks bruce brunilda bruno bryan bryant bryce bryon bud buddy buffy
buford burl burt burton buster byron caitlin caitlyn caleb callie calvin camelia cameron cami
camilla camille cammie candace candance candelaria candi candice candida candie candis caprice cara
caren carey cari caridad carie carin carina carissa carl carla carleen carlene carletta carline
carlo carlos carlota carlotta carlton carly carlyn carma carman carmel carmela carmelita carmella
carmelo carmen carmine carol carolann carole carolee carolina caroline carolyn carolynn caron carri
carrie carrol carroll carson carter cary caryl caryn casandra casie cassandra cassidy cassie
catalina catharine catherine cathi cathie cathleen cathrine cathryn cathy catina catrina cecelia
cecil cecila cecile cecilia cecily cedric cedrick celeste celestina celestine celia celina celine
cesar chad chadwick chana chanda chandra chanel chang chantal chantel chantelle charissa charisse
charla charleen charlene charles charlette charley charlie charline charlotte charmaine charolette
chas chasity chastity chauncey chaya chelsea chelsey chelsie cheri cherie cherise cherly cherri
cherrie cheryl cheryle chester chet cheyenne chi chiquita chloe chong chris chrissy christa christal
christel christen christene christi christian christiana christiane christie christin christina
christine christoper christopher christy chrystal chuck chun chung ciara ciera cierra cinda cindi
cindy cinthia clair claire clara clare clarence claribel clarice clarissa clark claud claude
claudette claudia claudine claudio clay clayton clement clemente clementina clementine cleo cleta
cletus cleveland cliff clifford clifton clint clinton clyde cody colby cole coleen coleman colette
colin colleen collette collin colton columbus concepcion concetta conchita connie conrad constance
consuela consuelo cora coral corazon cordelia cordell coreen corene coretta corey cori corina corine
corinna corinne cornelia cornelius cornell corrie corrina corrine cortez cortney cory courtney coy
craig crista cristal cristi cristin cristina cristine cristobal cristopher cristy cruz crystal curt
curtis cyndi cynthia cyril cyrus cythia dahlia daisey daisy dale dalia dalila dallas dalton damaris
damian damien damion damon dan dana dane danelle danette dani dania danial danica daniel daniela
daniele daniella danielle danilo danita danna dannie dannielle danny dante danyelle daphne dara
darci darcie darcy darell daren daria darin dario darius darla darleen darlene darline darnell daron
darrel darrell darren darrick darrin darron darryl darwin daryl dave david davida davina davis dawn
dawna dayle dayna dean deana deandre deangelo deann deanna deanne deb debbi debbie debbra debby debi
debora deborah debra debrah debroah dedra dee deeann deena deidra deidre deirdre delana delbert
delfina delia delilah delinda delisa della delma delmar delmer delois delora delores deloris delphia
delphine delta demarcus demetra demetria demetrius dena deneen denice denis denise denita denna
dennis dennise denny denver deon derek derick derrick deshawn desirae desiree desmond dessie destiny
devin devon devona dewayne dewey dewitt dexter dian diana diane diann dianna dianne dick diego
dillon dina dinah dino dion dionne dirk dixie dollie dolly dolores domenic domenica dominga domingo
dominic dominick dominique dominque don dona donald dong donita donn donna donnell donnie donny
donovan donte dora dorcas doreen dorene doretha dori dorian dorinda dorine doris dorotha dorothea
dorothy dorris dorsey dortha dorthea dorthy dottie doug douglas douglass dovie doyle drucilla duane
dudley dulce duncan dustin dwain dwayne dwight dylan earl earle earlene earline earnest earnestine
eartha easter eboni ebony eda eddie eddy edelmira eden edgar edgardo edie edison edith edmond edmund
edmundo edna eduardo edward edwardo edwin edwina edythe effie efrain efren eileen elaina elaine
elana elayne elba elbert elda elden eldon eldora eldridge eleanor eleanora eleanore elease elena
elenor elenora elfriede eli elia elias elida elijah elinor elisa elisabeth elise eliseo elisha
elissa eliza elizabeth elizbeth elizebeth ella ellen ellie elliot elliott ellis ellsworth ellyn elma
elmer elmira elmo elna elnora elodia eloisa eloise elouise eloy elroy elsa elsie elton elva elvera
elvia elvin elvira elvis elwood elyse ema emanuel emelia emerson emery emil emile emilee emilia
emilie emilio emily emma emmanuel emmett emmie emmitt emmy emogene emory ena enedina enid enoch
enola enrique enriqueta erasmo eric erica erich erick ericka erik erika erin erlene erlinda erma
erna ernest ernestina ernestine ernesto ernie errol ervin erwin esmeralda esperanza essie esteban
estela estell estella estelle ester esther estrella ethan ethel ethelyn ethyl etta eugene eugenia
eugenie eugenio eula eulalia eun eunice eusebio eva evalyn evan evangelina evangeline eve evelia
evelina eveline evelyn evelyne everett everette evette evie evon evonne ezekiel ezequiel ezra fabian
fabiola fallon fannie fanny farah farrah fatima faustino fausto fawn fay faye federico felecia
felica felice felicia felicita felicitas felipa felipe felisa felisha felix felton ferdinand fermin
fernando ferne fidel filiberto filomena fiona flavia fletcher flo flor flora florance florence
florencia florencio florene florentina florentino florida florinda florine flossie floy floyd fonda
forrest fran france frances francesca francesco francine francis francisca francisco frank frankie
franklin franklyn fred freda freddie freddy frederic frederica frederick fredia fredric fredrick
freeda freeman freida frieda fritz gabriel gabriela gabriele gabriella gabrielle gail gale galen
garfield garland garnet garnett garret garrett garry garth gary gaston gavin gaye gayla gayle
gaylord gaynell gemma gena genaro gene geneva genevieve genoveva geoffrey george georgene georgetta
georgette georgia georgiana georgianna georgie georgina gerald geraldine geraldo geralyn gerard
gerardo gerda geri germaine german gerri gerry gertie gertrud gertrude gia gigi gil gilbert gilberto
gilda gillian gina ginny gino giovanna giovanni gisela gisele giselle giuseppe gladis glady gladys
glen glenda glendora glenn glenna gloria golda goldie gonzalo gordon grace gracia gracie graciela
grady graham graig granville greg gregg gregoria gregorio gregory greta gretchen gretta griselda
grover guadalupe guillermina guillermo gus gussie gustavo gwen gwendolyn hae hai hailey hal haley
halina hallie hana hank hanna hannah hannelore hans harlan harland harley harold harriet harriett
harriette harris harrison harry harvey hassan hattie haydee hayden hayley haywood hazel heath
heather hector hedwig heide heidi helen helena helene helga hellen henrietta henriette henry herbert
heriberto herlinda herman hermelinda hermine herminia herschel hershel hester hettie hilario hilary
hilda hildegard hillary hilma hilton hipolito hiram hiroko hoa hobert holley holli hollie hollis
holly homer hong horace horacio hortencia hortense hortensia hosea houston howard hoyt hubert huey
hugh hui hulda humberto huong hyman hyun ian ida idalia idell idella iesha ignacia ignacio ike ila
ileana ilene iliana ilona ilse ima imelda imogene ina india ines inez inga inge ingeborg ingrid iola
iona ione ira irena irene iris irma irmgard irvin irving irwin isaac isabel isabell isabella
isabelle isaiah isaias isela isiah isidro ismael israel isreal issac iva ivan ivette ivonne ivory
ivy jacalyn jacinta jacinto jack jackeline jacki jackie jacklyn jackson jaclyn jacob jacque
jacquelin jacqueline jacquelyn jacques jacquline jacqulyn jada jade jae jaime jaimie jake jamaal
jamal jamar jame jamel james jamey jami jamie jamila jamison jammie jan jana janae jane janeen janel
janell janelle janene janessa janet janeth janett janetta janette janey janice janie janina janine
janis janna jannette jannie jaqueline jared jarod jarred jarrett jarrod jarvis jasmin jasmine jason
jasper jaunita javier jay jayme jayne jayson jazmin jazmine jc jean jeana jeane jeanetta jeanette
jeanie jeanine jeanna jeanne jeannette jeannie jeannine jed jeff jefferey jefferson jeffery jeffrey
jeffry jena jenell jenelle jenette jeni jenifer jeniffer jenise jenna jennefer jennette jenni jennie
jennifer jenniffer jenny jerald jeraldine jeramy jere jeremiah jeremy jeri jerilyn jermaine jerold
jerome jeromy jerrell jerri jerrie jerrod jerrold jerry jesenia jesica jess jesse jessi jessica
jessie jesus jettie jewell jill jillian jim jimmie jimmy jin jina jo joan joana joanie joann joanna
joanne joaquin jocelyn jodee jodi jodie jody joe joel joelle joellen joesph joetta joey johanna john
johnathan johnathon johnetta johnie johnna johnnie johnny johnson joi joleen jolene jolie jolynn jon
jonah jonas jonathan jonathon jonell jonelle joni jonna jonnie jordan jordon jorge jose josef josefa
josefina joselyn joseph josephina josephine josette josh joshua josiah josie jospeh josue jovita joy
joyce joycelyn joye juan juana juanita jude judi judie judith judson judy jules juli julia julian
juliana juliann julianna julianne julie juliet julieta juliette julio julissa julius june jung
justin justina justine jutta kacey kaci kacie kaitlin kaitlyn kala kali kami kandace kandi kandice
kandy kara karan kareem karen karey kari karie karin karina karissa karl karla karlene karol karolyn
karon karren karri karrie karyn kasandra kasey kassandra kate katelyn kathaleen katharina katharine
katherin katherine kathern katheryn kathi kathie kathleen kathlene kathlyn kathrine kathryn kathryne
kathy kathyrn kati katie katina katrina kattie katy kay kaye kayla kaylee kayleigh kaylene kecia
keely keenan keesha keiko keisha keith keli kelley kelli kellie kelly kelsey kelsie kelvin ken
kendall kendra kendrick keneth kenna kenneth kennith kenny kent kenton kenya kenyatta kenyetta keri
kermit kerri kerrie kerry kesha keshia keven kevin kia kiara kiera kiesha kieth kiley kim kimber
kimberely kimberlee kimberley kimberli kimberly kindra kip kira kirby kirk kirsten kirstin kisha
kitty kizzy korey kori kory kourtney kraig kris krista kristal kristan kristen kristi kristian
kristie kristin kristina kristine kristofer kristopher kristy kristyn krystal krystle krystyna kum
kurt kurtis kyla kyle kylee kylie kyong kyra kyung lacey laci lacie lacy ladonna lai laila lakeisha
lakesha lakeshia lakisha lamar lamont lan lana lance landon lanette lani lanita lanny laquita lara
larae larhonda larisa larissa larry larue lashanda lashawn lashonda lashunda latanya latasha laticia
latisha latonia latonya latoria latosha latoya latrice latricia latrina laura laureen laurel lauren
laurence laurene lauretta laurette lauri laurie lavada lavern laverna laverne lavina lavinia lavon
lavonda lavonne lawana lawanda lawerence lawrence lazaro lea leah leana leandra leandro leann leanna
leanne leatha leatrice leda lee leeann leesa leif leigh leila leilani leisa lela leland lelia lemuel
lena lenard lenna lennie lenny lenora lenore leo leola leon leona leonard leonarda leonardo leone
leonel leonor leonora leopoldo leora leota lera leroy lesa lesia leslee lesley lesli leslie lessie
lester leta letha leticia letitia lettie letty levi lewis lia liana liane libby lida lidia lien
ligia lila lilia lilian liliana lilla lillian lillie lilly lin lina lincoln linda lindsay lindsey
lindy linette linh linnea linnie lino linsey linwood lionel lisa lise lisette lissa lissette lita
liz liza lizabeth lizbeth lizette lizzie lloyd logan lois lola lolita lon lona loni lonna lonnie
lonny lora loraine loree loreen lorelei loren lorena lorene lorenza lorenzo loretta lori lorie
lorinda lorine lorna lorraine lorretta lorri lorrie lottie lou louann louella louie louis louisa
louise lourdes louvenia lovie lowell loyce loyd lu luana luann luanne lucas lucia luciana luciano
lucie lucien lucienne lucila lucile lucille lucina lucinda lucio lucius lucrecia lucretia lucy lue
luella luigi luis luisa luke lula lulu lupe lupita lura lurline luther luvenia luz lyda lydia lyla
lyle lyman lyn lynda lyndon lyndsay lyndsey lynette lynn lynne lynnette lynwood mabel mable mac
machelle mack mackenzie madaline madalyn madeleine madeline madelyn madge madie madison madonna mae
maegan magaly magda magdalena magdalene maggie magnolia mai maida maira majorie malcolm malcom malia
malik malika malinda malisa malissa mallory mamie mandi mandy manuel manuela mara maranda marc
marcel marcela marcelina marcelino marcella marcelle marcellus marcelo marci marcia marcie marco
marcos marcus marcy maren margaret margarete margarett margarette margarita margarite margarito
marge margeret margery margie margit margo margot margret marguerite margurite mari maria mariah
mariam marian mariana mariann marianna marianne mariano maribel maribeth maricela marie mariel
mariela marietta marilee marilou marilyn marilynn marina mario marion marisa marisela marisol
marissa marita maritza marjorie marjory mark markus marla marleen marlena marlene marlin marlo
marlon marlyn marlys marna marni marnie marquerite marquis marquita marry marsha marshall marta
martha marti martin martina martine marty marva marvel marvin mary maryann maryanne marybeth
maryellen maryjane maryjo marylee marylin marylou marylyn masako mason mathew mathilda matilda
matilde matt matthew mattie maud maude maudie maura maureen maurice mauricio maurine mauro mavis
maxie maximo maxine maxwell maya maybelle mayme maynard mayra mazie mckenzie mckinley meagan meaghan
mechelle mee meg megan meghan mei mel melanie melba melina melinda melisa melissa mellisa mellissa
melodie melody melonie melony melva melvin melvina mercedes mercy meredith merilyn merle merlene
merlin merri merrill merry mervin meryl mia micaela micah michael michaela michal michale micheal
michel michele michell michelle michiko mickey micki mickie migdalia miguel mike mikel mikki mila
milagros milan mildred milford milissa millard millicent millie milo milton mimi mina mindi mindy
minerva minh minnie miquel mira miranda mireya miriam mirian mirna mirta missy misti misty mitch
mitchel mitchell mittie mitzi modesta modesto mohamed mohammad mohammed moira moises mollie molly
mona monica monika monique monroe monte monty morgan morris morton mose moses moshe mozell mozelle
mui muriel murray myles myong myra myriam myrna myron myrtice myrtie myrtis myrtle nada nadia nadine
nakia nakisha nan nanci nancy nanette nannette nannie naoma naomi napoleon natalia natalie natasha
nathalie nathan nathanael nathanial nathaniel natividad neal ned nedra neil nelda nelia nelida nell
nella nelle nellie nelly nelson nena neoma nereida nestor neta nettie neva neville newton nga ngoc
nia nichelle nichol nicholas nichole nick nicki nickie nickolas nicky nicola nicolas nicolasa nicole
nicolette nicolle nidia nigel niki nikia nikita nikki nikole nila nilda nilsa nina ninfa nita noah
noe noel noelia noella noelle noemi nola nolan nona nora norbert norberto noreen norene norine norma
norman normand norris nova novella nydia ocie octavia octavio odell odessa odette odis ofelia ola
olen oleta olga olin oliva oliver olivia ollie olympia oma omar omer ona oneida opal ophelia ora
oralia oren orlando orpha orval orville oscar ossie osvaldo oswaldo otha otilia otis otto ouida owen
pablo paige palma palmer pam pamala pamela pamelia pamella pansy paola paris parker particia
pasquale pat patrica patrice patricia patrick patrina patsy patti pattie patty paul paula paulette
paulina pauline pearl pearle pearlie pearline pedro peggie peggy penelope pennie penny percy perla
perry pete peter petra phil philip phillip phillis philomena phoebe phuong phylis phyliss phyllis
pia pierre pilar pinkie piper polly porfirio porter portia preston pricilla prince princess
priscilla queenie quentin quiana quincy quinn quintin quinton rachael racheal rachel rachele rachell
rachelle racquel rae rafael rafaela raina raleigh ralph ramiro ramon ramona ramonita rana randa
randal randall randell randi randolph randy raphael raquel rashad rashida raul raven ray rayford
raymon raymond raymundo rayna reba rebbecca rebeca rebecca rebekah reed refugio regan regena reggie
regina reginald reid reina reinaldo rena renae renaldo renata renate renato rene renea renee renita
reta retha retta reuben reva rex rey reyes reyna reynaldo rhea rhett rhiannon rhoda rhonda ricardo
richard richelle richie rick rickey rickie ricky rico rigoberto rikki riley rina risa rita rob
robbie robbin robby robert roberta roberto robin robt robyn rocco rochelle rocio rod roderick rodger
rodney rodolfo rodrick rodrigo rogelio roger roland rolanda rolando rolf rolland roma roman romana
romelia romeo romona ron rona ronald ronda roni ronna ronni ronnie ronny roosevelt rory rosa rosalba
rosalee rosalia rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn rosamond rosanna
rosanne rosaria rosario rosaura roscoe rose roseann roseanna roseanne rosella roselyn rosemarie
rosemary rosendo rosetta rosie rosina rosita roslyn ross rowena roxana roxane roxann roxanna roxanne
roxie roy royce ruben rubie rubin ruby rubye rudolf rudolph rudy rueben rufina rufus rupert russ
russel russell rusty ruth ruthann ruthie ryan sabina sabine sabra sabrina sachiko sade sadie sal
salena salina sallie sally salome salvador salvatore sam samantha samara samatha sammie sammy samual
samuel sandi sandra sandy sanford sang sanjuana sanjuanita santa santiago santo santos sara sarah
sarina sarita sasha saul saundra savannah scarlett scot scott scottie scotty sean sebastian selena
selina selma serena sergio serina seth seymour sha shad shaina shakira shalonda shameka shamika
shana shanda shandra shane shaneka shanell shani shanice shanika shanita shanna shannan shannon
shanon shanta shante shantel shantell shara sharee sharen shari sharita sharla sharlene sharon
sharonda sharron sharyn shasta shaun shauna shavon shawanda shawn shawna shawnda shawnee shay shayla
shayna shayne shea sheena sheila shelba shelby sheldon shelia shelley shelli shellie shelly shelton
shena sheree sheri sherie sherilyn sherita sherman sheron sherri sherrie sherrill sherron sherry
sherryl sherwood sheryl shiela shirlee shirlene shirley shirly shon shona shonda shonna shu sibyl
sid sidney sierra signe sigrid silas silvia simon simona simone siobhan skye socorro sofia sol
soledad solomon sommer sondra sonia sonja sonny sonya soo sophia sophie spencer stacey staci stacia
stacie stacy stan stanford stanley stanton starla starr stefan stefani stefanie stella stephaine
stephan stephane stephani stephanie stephany stephen stephenie stephine sterling steve steven stevie
stewart stormy stuart sudie sue suellen suk sung susan susana susann susanna susannah susanne susie
suzan suzann suzanna suzanne suzette suzie suzy sybil syble sydney sylvester sylvia tabatha tabitha
talia tamala tamar tamara tamatha tameka tamela tamera tami tamie tamika tamiko tammi tammie tammy
tamra tana tanesha tangela tania tanika tanisha tanja tanna tanner tanya tara tarah tarsha taryn
tasha tatiana tawana tawanda tawanna tawny tawnya taylor ted teddy teena tena tenisha teodora
teodoro tera terence teresa terese teresita teressa teri terra terrance terrell terrence terresa
terri terrie terry tess tessa tessie thad thaddeus thalia thanh thea theda thelma theo theodora
theodore theresa therese theresia theron thersa thomas thomasina thresa thu thurman thuy tia tiana
tiara tierra tiesha tiffani tiffanie tiffany tiffiny tillie tim timmy timothy tina tisha titus
tobias toby tod todd tom tomas tomasa tomeka tomika tommie tommy toney toni tonia tonie tonja tony
tonya tori tory tosha toya tracee tracey traci tracie tracy travis trena trent trenton tresa tressa
tressie treva trevor trey tricia trina trinidad trinity trish trisha trista tristan troy trudi
trudie trudy truman tuan twana twila twyla ty tyesha tyler tyra tyree tyrell tyron tyrone tyson
ulysses ursula vada val valarie valda valencia valentin valentina valentine valeria valerie vallie
valorie vance vanesa vanessa vannessa vaughn veda velda velia velma velva vena venessa venice venita
venus vera verda vergie verla vern verna vernell vernetta vernice vernie vernita vernon verona
veronica versie vesta vicenta vicente vickey vicki vickie vicky victor victoria vida vikki vilma
vina vince vincent vincenza vincenzo vinnie viola violet violeta violette virgie virgil virgilio
virgina virginia vita vito viva vivan vivian viviana vivien vivienne vonda vonnie wade wai waldo
walker wallace wally walter walton wanda wanita ward warner warren waylon wayne weldon wendell wendi
wendy werner wes wesley weston whitney wilber wilbert wilbur wilburn wilda wiley wilford wilfred
wilfredo wilhelmina willa willard willene william williams willian willie willis willy wilma wilmer
wilson wilton winford winfred winifred winnie winnifred winona winston wm woodrow wyatt wynona
xavier xiomara yadira yasmin yesenia yetta ying yoko yolanda yolande yolonda yong yoshiko yu yun
yvette yvonne zachariah zachary zachery zack zackary zaida zandra zane zelda zella zelma zena
zenaida zenobia zina zita zoe zoila zola zona zora zoraida zula zulema zulma

# German, Austrian, Swiss
achim adalbert adelheid alois anja anke annegret antje armin arne axel bärbel barbel bastian
benedikt bernd berthold björn bjorn bodo burkhard carsten christoph christof dagmar detlef dieter
dietmar dietrich dominik eberhard edeltraud egon ekkehard elke elmar ernst ewald florian franz
franziska frauke friederike friedrich gerd gerhard gernot götz gotz gudrun guido günter gunter
günther gunther hannes harald hartmut heike heiko heinrich heinz helmut helmuth hendrik henning
hermann holger horst ingo jens jörg jorg joachim jochen johannes jürgen jurgen kai karsten kathrin
katja katrin kerstin klaus knut konrad lars leonie liesel lothar lukas lutz maik manfred mareike
marko matthias max maximilian meike niklas nils olaf ortwin philipp rainer ralf reinhard reinhold
rüdiger rudiger sascha siegfried silke sönke sonke steffen svea sven swantje thorsten tilo torsten
udo ulf ulla ulrich ulrike uta ute uwe volker walburga waltraud wiebke wilfried wilhelm winfried
wolfgang

# Dutch, Flemish
anouk bram daan fleur floor femke geert gert henk jaap jeroen joost joris kees koen lieke lotte
maarten marloes marijke niels pieter ruud sander sanne stijn thijs wim wouter

# Nordic
anders annika asbjørn christoffer kristoffer mikkel mads frederik jakob sofie freja malene birgitta
bjørn eirik freya gunnar gustav hanne henrik ingvar jesper jørgen kjell lasse liv magnus mats mette
morten ole pål pal per ragnar rasmus søren stig sune svend tor tore trond tove vibeke

# French, Belgian, Swiss French
adèle agathe alain amélie amelie anaïs anais andré anne-marie arnaud aurélie aurelie aurélien
aurelien baptiste benoît benoit bertrand cécile céline christelle christophe clémence clemence
clément didier éloïse élodie elodie émile émilie emmanuelle éric étienne etienne fabien fabienne
françois francois françoise francoise frédéric frédérique frederique gaëlle gaelle geneviève georges
gérard ghislaine gilles guillaume hélène henri hervé herve hugues jean-claude jean-françois jean-
francois jean-luc jean-marc jean-michel jean-paul jean-pierre jérôme joël josé julien laetitia
laurent léa léon luc manon margaux marie-claire marie-france mathieu mathilde maxime michèle
mireille noël océane oceane olivier pascal pascale philippe raphaël régis regis rémi remi rené
sandrine sébastien sebastien séverine severine solène solene stéphane stéphanie sylvain sylvie
thibault thierry valérie véronique veronique yann yannick yves zoé

# Spanish, Latin American
agustín álvaro andrés ángel fernanda inés jesús jimena joaquín julián lucía maría martín mateo
matías matias mónica nicolás nuria óscar paloma ramón raúl rocío sebastián sofía tomás verónica
víctor ximena

# Portuguese, Brazilian
afonso antónio caio camila cláudia conceição conceicao diogo duarte fábio fabio flávio flavio
gonçalo goncalo graça graca joão joao júlia luís márcio marcio nuno otávio otavio paulo rui sérgio
tiago vinícius vinicius

# Italian
alessandra alessandro alessio antonella chiara davide domenico emanuele enrico fabrizio federica
filippo giacomo gianluca gianni giorgio giulia giulio giuseppina luca mariangela massimo matteo
maurizio paolo pietro raffaele riccardo stefania stefano valerio

# Polish, Czech, Slovak
agnieszka aleksandra andrzej bartosz bartłomiej beata bogdan czesław dariusz dorota elżbieta
elzbieta ewa grażyna grazyna grzegorz iwona jacek jadwiga jakub janusz jarosław jerzy józef jozef
kamil katarzyna kazimierz krzysztof leszek łukasz maciej małgorzata marcin marek mariusz mateusz
michał mirosław paweł piotr przemysław radosław ryszard sławomir stanisław tadeusz tomasz urszula
wiesław witold wojciech zbigniew zofia jiří jiri lenka pavel petr tomáš václav vaclav zdeněk zdenek

# Russian, Ukrainian, other Slavic and Baltic (Latin spelling)
aleksandr aleksei alexei andrei andriy dmitri dmitry galina igor ilya irina katerina konstantin
maksim mikhail nikolai oksana oleg sergei sergey svetlana tatyana vadim vasily viktor vladimir
yelena yulia yuri

# Greek, Hungarian, Romanian, Balkan
dimitris eleni georgios giorgos ioannis kostas nikos panagiotis yannis andrás andras attila balázs
balazs gábor gabor istván istvan józsef jozsef katalin lászló laszlo péter zoltán zoltan zsófia
zsofia cristian ionuț ionut mihai radu vlad dragan goran ivana jovana marija nikola zoran

# Turkish
ahmet ayşe ayse burak can cem deniz elif emine emre fatma gizem hakan hasan hüseyin huseyin ibrahim
kazım kemal mehmet mert murat mustafa necla oğuz oguz onur orhan özge ozge selin serkan tuba yusuf
zeynep

# Arabic, Persian (Latin spelling)
abdullah amir aziz hamid hussein karim khalid layla mahmoud muhammad rania reza samir tariq youssef
zahra zainab

# South Asian
aarav abhishek aditi aditya ajay akash amar amit amita amrita anand anil anjali ankit anupam arjun
arun aruna ashok bhavna chirag deepa deepak dev devika divya gaurav geeta harsh harish jaya kavita
kiran krishna kumar lakshmi madhu mahesh manish manoj meera mohan neha nikhil nisha pooja prakash
pranav prashant priya rahul raj rajesh rakesh ramesh ravi rekha rohit sachin sanjay santosh sapna
shivkumar shreya shweta siddharth sneha sunil suresh swati tanvi tuhin uday varun vijay vikram vinod
vishal yash

# East and Southeast Asian (Latin spelling)
chen hao hiroshi jia jian jie jun kenji li ling min ming ping qiang takashi wei xiao xin yan yang
yuki yuko zhang zhi akira haruki kazuo naoko satoshi yumi ji-hoon min-jun seo-yeon jae-won

# Vietnamese name syllables (family names, then given and middle names). Pen names put the
# given name first (`TUYẾN PHAN`), so every syllable may open a byline; left out are those that
# open an all-caps heading (`THÔNG BÁO`, `CHÍNH TRỊ`, `LIÊN HỆ`, `NHẬT BẢN`).
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn lâm trịnh trương tô
tạ châu quách cao lương triệu hà kiều thái bảo bích bình cường công cúc dũng duy đạt điệp định đức
giang hải hạnh hằng hiền hiếu hòa hoài hồng huệ hùng hưng hương hường huy huyền khang khánh khoa
kiên kiệt loan long lộc mạnh my nam ngân ngọc nhung như phong phú phúc phụng phương phượng quân
quang quốc quý quyên sơn tâm tân thành thảo thắng thi thị thịnh thuận thúy thủy tiến toàn trâm trang
trí trinh trọng trung tú tuấn tùng tường uyên văn vân việt vinh vy xuân yến
ánh âu bắc bằng bạch chinh chu chương cương cầm diễm diệp diệu dung duyên đài đan đào điền đông hân
hậu hiển hiệp hoàn hứa hữu kha khải khôi khuê khổng lạc lệ liêm lụa luân lực lưu mạc mỹ nghĩa nghi
nguyên nhi ninh oanh phi phùng phước quế quỳnh tấn tăng thạch thạnh thao thắm thơ thuần tiên tín
tống trà triết trúc tuệ tuyến tuyết tuyền vương vỹ xuyến yên

# Other English and international given names missing from the census list
casey drew hugo lily aidan aiden bryn callum ciaran cormac declan eamon eoin fergus finn gareth
hamish isla kieran liam niamh oisin orla owain rhys ronan seamus sinead tadhg

# Bulgarian, Serbian, Croatian, Slovenian (Latin spelling)
aleksandar anelia bojan borislav boyan darina desislava dimitar elitsa evgeni georgi gergana hristo
ilian ivaylo kalina kamen krasimir lyubomir mariya milena nadezhda nikolay pavlina petar petya
plamen radka rositsa stanislav stoyan svetla todor tsvetan vanya vesela veselin yana yordan zlatka
ante branka davor dragana hrvoje ivica josip katarina luka matej mateja milica miloš milos mirko
nenad predrag sanja snežana snezana tijana vesna željko zeljko žarko zarko

# Icelandic, Finnish, Estonian
árni arni ásta asta birna björk bjork einar eiríkur eirikur guðmundur guðrún jóhann johann jón
katrín kristín ólafur olafur sigríður sigurður þóra aino eero eija heikki jari juha jukka kaisa
kirsi kristiina leena mika mikko minna päivi paivi pekka riikka sanna satu seppo tapio timo tuomas
tuula ville kadri kaur liis mart priit tõnu tonu

# Hebrew, African (Latin spelling)
avi avraham chaim dafna eitan gal hadas ilan noa ori rivka shai shira tal yael yaakov yossi abebe
adaeze ade adebayo amara ama ayodele chidi chinedu chioma emeka fela folake ifeoma kofi kwame
kwabena nkechi nnamdi obinna oluwaseun sipho thabo thandiwe themba tunde uche yaw zanele
