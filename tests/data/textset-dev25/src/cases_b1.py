"""textset-dev25, writer B, part 1: Romanian and Hungarian pages (4 cases each, one hard each).

Tagged line lists for ../src/make_cases.py (generator of textset-dev20): TAG|line, >TAG|line joins
with a single newline, ~ is a run of extra blank lines.
"""

CASES = [
    dict(
        id="ro-001",
        lang="ro",
        hard=False,
        opts="",
        notes="Romanian national paper, city-hall story from Cluj: masthead menu, breadcrumb, BNR exchange-rate "
              "strip (crypto_ticker), byline and publish/update stamp, share links, an inline 'Citește și' teaser "
              "mid-story, tag list, reprint disclaimer and a cookie notice at the foot. The subheading 'Ce urmează' "
              "and the one-line deadline are story.",
        text="""
nav|Acasă | Actualitate | Politică | Economie | Sport | Opinii | Video
nav|Acasă » Actualitate » Cluj
tk|Curs BNR: EUR 4,9771 · USD 4,6102 · GBP 5,8120 · Aur 418,62 lei/g
T|Cluj: consilierii au aprobat linia de tramvai spre Florești, lucrările ar putea începe în 2027
oth|de Ioana Mureșan
oth|Publicat: 14.03.2026, 09:47 | Actualizat: 14.03.2026, 11:02
sh|Distribuie pe Facebook
sh|Trimite pe WhatsApp
B|Consiliul Local Cluj-Napoca a votat joi, cu 21 de voturi pentru și trei abțineri, studiul de fezabilitate pentru o linie de tramvai de 9,4 kilometri care va lega cartierul Mănăștur de comuna Florești.
B|Proiectul este estimat la 612 milioane de lei, fără TVA, și urmează să fie depus pentru finanțare europeană până la finalul lunii iunie.
B|„Este cea mai aglomerată intrare în oraș și nu mai avem unde lărgi drumul”, a spus viceprimarul Radu Vlășceanu după ședință.
rel|Citește și: Parcarea în centrul Clujului se scumpește de la 1 aprilie. Cât vor plăti șoferii
B|Traseul propus are 14 stații, dintre care patru pe teritoriul comunei Florești.
B|Ce urmează
B|Primăria trebuie să organizeze licitația pentru proiectare până în toamnă, iar exproprierile de pe strada Sfântul Ioan ar putea afecta 37 de imobile.
B|„Nu suntem împotriva tramvaiului, suntem împotriva felului în care am aflat de el”, spune Doina Câmpean, care locuiește pe strada vizată.
B|Termen estimat de finalizare: decembrie 2030.
nav|Etichete: tramvai, Florești, transport public, Consiliul Local
dis|Orice preluare a acestui material este permisă doar în limita a 500 de caractere și cu link activ către Gazeta Carpatină.
ck|Folosim cookie-uri ca să îți arătăm conținut relevant pe Gazeta Carpatină. Dacă navighezi mai departe, considerăm că ești de acord.
ck|Sunt de acord
ck|Politica de cookie-uri
""",
    ),
    dict(
        id="ro-002",
        lang="ro",
        hard=False,
        opts="crlf",
        notes="Regional portal from Iași (CRLF): masthead and county menu on top, author and relative time stamp, a "
              "photo caption with credit, an ad label and a teaser mid-story, share row, newsletter box and "
              "comment prompt at the bottom. The list of ward facilities (one item per line) is story.",
        text="""
nav|Ziarul Moldovei de Azi
nav|Iași | Vaslui | Suceava | Botoșani | Neamț | Național
T|Spitalul de Copii din Iași a deschis pavilionul de oncologie pediatrică după șase ani de lucrări
oth|Autor: Cristian Olaru
oth|Azi, 08:15
C|Noul pavilion are 48 de paturi și o sală de joacă pentru copii. Foto: Cristian Olaru
B|Primii 12 pacienți au fost mutați luni dimineață în noul pavilion al Spitalului de Copii „Sf. Ecaterina”, construit cu 74 de milioane de lei din fonduri europene.
B|Lucrările începuseră în 2020 și au fost oprite de două ori, după ce primul constructor a intrat în insolvență.
oth|Publicitate
B|Clădirea are patru etaje și include:
B|- 48 de paturi, dintre care 8 de terapie intensivă;
B|- o unitate de transplant medular cu trei camere sterile;
B|- 20 de camere pentru părinții care rămân lângă copii.
rel|Citește și: Coadă de trei ore la Urgențe, după ce două secții au rămas fără medici
B|„Până acum trimiteam la București sau la Cluj cam 60 de copii pe an. De azi, majoritatea pot fi tratați aici”, a declarat medicul-șef al secției, dr. Alina Pricop.
B|Spitalul caută încă nouă asistente pentru noul pavilion.
sh|Distribuie:  Facebook  WhatsApp  Email
nl|Primește cele mai importante știri din Moldova direct pe e-mail. Abonează-te gratuit!
com|Comentarii (0)
com|Trebuie să fii autentificat pentru a lăsa un comentariu.
""",
    ),
    dict(
        id="ro-003",
        lang="ro",
        hard=False,
        opts="ws",
        notes="Romanian business aggregator reposting a regional paper: the dek glued to itself on the first line "
              "(duplicate_line), BVB index strip, source and repost credits, a not-investment-advice disclaimer "
              "and a teaser block with site/time stamps. Trailing whitespace on some lines. Figure lines of the "
              "offer are story.",
        text="""
dup|Producătorul de lactate din Suceava vrea să strângă 45 de milioane de lei de la investitori.Producătorul de lactate din Suceava vrea să strângă 45 de milioane de lei de la investitori.
tk|BET 18.452,31 +0,42% | BET-FI 61.220,10 -0,15% | BET-NG 1.388,07 +0,91%
T|Lactis Bucovina intră pe Bursa de Valori București în mai
att|Sursa: Monitorul Economic de Nord
B|Lactis Bucovina SA, unul dintre cei mai mari procesatori de lapte din nordul Moldovei, a depus la ASF prospectul pentru o ofertă publică inițială pe piața principală a Bursei de Valori București.
B|Compania vrea să vândă 30% din acțiuni, la un preț cuprins între 11,20 și 12,60 lei pe acțiune.
B|Perioada de subscriere: 6–16 mai 2026.
B|Banii vor fi folosiți pentru o nouă linie de brânzeturi la Rădăuți și pentru achiziția unei ferme de 900 de vaci, a explicat directorul financiar Mihnea Ursache.
B|În 2025, Lactis Bucovina a raportat afaceri de 388 de milioane de lei și un profit net de 21,4 milioane de lei.
B|Investitorii de retail vor avea rezervată o tranșă de 15% din ofertă.
att|Articol preluat de pe monitoruleconomic.ro. Titlul și conținutul aparțin publicației originale.
dis|Informațiile de mai sus nu reprezintă o recomandare de a cumpăra sau de a vinde acțiuni. Investițiile la bursă implică riscul pierderii capitalului.
rel|Mai multe din Piețe
rel|Transgaz Nord amână plata dividendelor după o scădere a profitului
rel|MonitorulEconomic2026/04/22 10:14
rel|Cursul leului, stabil pentru a treia săptămână la rând
rel|CapitalZilnic2026/04/22 09:31
""",
    ),
    dict(
        id="hard-ro-001",
        lang="ro",
        hard=True,
        opts="",
        notes="Hard: a TV-station site reports a fine over a cookie banner that had no reject button; the story "
              "quotes banner wordings ('Accept și continui' on a line of its own, 'Setări avansate', 'Accept tot'/"
              "'Refuz tot') and those lines are story, while the page carries its own consent dialog at the top (cookie_banner). "
              "Also menu, byline/time stamp, an inline teaser mid-story, most-read list, follow prompt and comment counter.",
        text="""
ck|Canal Est TV și partenerii noștri stocăm și accesăm informații pe dispozitivul tău, precum cookie-uri, pentru reclame personalizate și măsurarea audienței.
ck|Accept tot
ck|Refuz
ck|Personalizează opțiunile
nav|LIVE | Știri | Emisiuni | Meteo | Video | Contact
T|Amendă de 90.000 de lei pentru un site de știri care nu avea buton de „Refuz” la cookie-uri
oth|Redacția Canal Est · 19 mar. 2026, 16:40
B|Autoritatea pentru protecția datelor a amendat publicația online Ziarul de Vest Expres cu 90.000 de lei, după ce a constatat că bannerul de cookie-uri al site-ului nu le permitea cititorilor să refuze urmărirea publicitară.
B|Potrivit procesului-verbal, fereastra afișată la prima vizită conținea un singur buton:
B|„Accept și continui”
B|Opțiunea de refuz era ascunsă într-un meniu intitulat „Setări avansate”, la trei clicuri distanță.
B|„Acordul nu este liber dacă refuzul costă mai mult efort decât acceptarea”, se arată în decizia autorității.
rel|Citește și: Ce date colectează aplicațiile de taxi și cum le poți șterge
B|Inspectorii au mai găsit 41 de cookie-uri de marketing încărcate înainte ca utilizatorul să apese vreun buton.
B|Publicația are 30 de zile să modifice bannerul, astfel încât butoanele „Accept tot” și „Refuz tot” să apară pe același ecran și cu aceeași mărime.
B|Directorul site-ului, Sorin Lăzărescu, a anunțat că va contesta amenda: „Am luat bannerul de la un furnizor mare, nu l-am inventat noi.”
nl|Urmărește Canal Est TV pe Google News ca să nu ratezi nicio știre
rel|Cele mai citite
rel|Trafic blocat pe DN2, după ce un TIR s-a răsturnat lângă Urziceni
rel|Prognoza meteo: ger și ninsori în Moldova până duminică
rel|Concursul de admitere la Poliție, amânat din cauza unei erori în subiecte
com|0 comentarii
com|Fii primul care comentează această știre
""",
    ),
    dict(
        id="hu-001",
        lang="hu",
        hard=False,
        opts="nofinal",
        notes="Hungarian national news portal, Balaton low-water story: cookie dialog and breadcrumb on top, byline "
              "and Hungarian-format time stamp, share row, a related-articles box mid-story, comment counter and "
              "login prompt at the bottom; no final newline. The ferry timetable lines are story.",
        text="""
ck|A Hírhatár sütiket (cookie-kat) használ, hogy jobban megismerje, mit olvasnak szívesen a látogatói. A „Rendben” gombbal ehhez hozzájárulsz.
ck|Rendben
ck|Beállítások
nav|Címlap › Belföld › Balaton
T|Alacsony a vízállás: csak fél kapacitással indul a szántódi komp
oth|Szöllősi Anna
oth|2026. június 18. 07:42
sh|Megosztás
sh|Link másolása
B|A Balaton vízszintje kedd reggel 71 centiméteren állt a siófoki vízmércén, ami 14 centiméterrel marad el a júniusi átlagtól.
B|A komptársaság ezért a Szántód és Tihany közötti átkelőn csak két hajót üzemeltet a szokásos négy helyett, mert a nagyobb kompok merülése a kikötőben már kockázatos.
rel|Kapcsolódó cikkek
rel|Szúnyoggyérítés lesz a déli parton a hétvégén
rel|Drágult a strandbelépő Keszthelyen és Fonyódon
B|A nyári menetrend hétköznap:
B|Szántódról: 6.40 és 21.20 között óránként
B|Tihanyból: 7.10 és 21.50 között óránként
B|„A várakozási idő csúcsidőben elérheti a másfél órát is, ezt érdemes beépíteni az utazásba” – mondta Kertész Gábor, a társaság forgalmi vezetője.
B|A vízügyi igazgatóság szerint eső nélkül a vízszint július végéig további 6–8 centimétert csökkenhet.
com|Hozzászólások (43)
com|A hozzászóláshoz be kell jelentkezned, vagy regisztrálj egy új fiókot.
""",
    ),
    dict(
        id="hu-002",
        lang="hu",
        hard=False,
        opts="~",
        notes="Hungarian county sports page (women's handball): the dek glued to itself on the first line, score "
              "widget and ad label (other), a photo caption, agency credit, and a run of extra blank lines before "
              "the footer with share links, newsletter box and site copyright. Scorer and half-time lines are story.",
        text="""
dup|Hat gólt dobott a fiatal balszélső a Dunaújváros ellen.Hat gólt dobott a fiatal balszélső a Dunaújváros ellen.
nav|Sport › Kézilabda › NB I
T|Fordított és nyert a Szentendrei KC a bajnoki rangadón
oth|Szentendrei KC – Dunaújvárosi NKSE 29–27 (13–15) · Vége
oth|Hirdetés
C|Vadas Lili a mérkőzés 52. percében, a győztes gól előtt. Fotó: Bencze Márton
B|Félidőben még a vendégek vezettek két góllal, a második játékrész elején pedig már öt volt a különbség.
B|A fordulatot Kiss Dóra hozta, aki a 41. perctől három hetest is kivédett.
B|Szentendre legjobb góldobói: Vadas 6, Lengyel 5, Orosz 5.
B|Dunaújváros: Pap 8, Halmi 4.
B|„A szünetben annyit mondtam, hogy ne a táblát nézzük, hanem a védekezést” – értékelt a hazaiak edzője, Bozsó Tamás.
B|A győzelemmel a Szentendre a tabella negyedik helyére lépett.
att|(DunaPress)
~
sh|Oszd meg ismerőseiddel: Facebook · Messenger · E-mail
nl|Iratkozz fel a Pest Megyei Hírlap sporthírlevelére, és minden hétfőn elküldjük a hétvége eredményeit!
dis|© 2026 Pest Megyei Hírlap Kft. Minden jog fenntartva. A tartalmak engedély nélküli átvétele tilos.
""",
    ),
    dict(
        id="hu-003",
        lang="hu",
        hard=False,
        opts="single",
        notes="Hungarian regional site in single newlines: a top app prompt and menu, byline with weekday date "
              "stamp, a 'Ezt olvasta már?' teaser block mid-story, reprint disclaimer, tag list and a footer. The "
              "short quote 'Ez a falu iskolája.' is story.",
        text="""
nav|Töltse le a Zala Most alkalmazást – gyorsabb, reklámmentes olvasás
nav|Hírek | Zalaegerszeg | Nagykanizsa | Keszthely | Sport | Programok
T|Szülők tüntettek a becsehelyi iskola bezárása ellen
oth|Írta: Major Krisztián | 2026. február 9., hétfő 18:30
B|Mintegy kétszáz szülő és pedagógus gyűlt össze hétfő délután a becsehelyi általános iskola előtt, miután a tankerület bejelentette, hogy szeptembertől megszünteti a felső tagozatot.
B|A döntés 46 tanulót érint, akiknek ősztől a 14 kilométerre lévő nagykanizsai iskolába kellene bejárniuk.
B|„Ez a falu iskolája.”
B|Ezt a mondatot írták fel a tüntetők a kerítésre kifeszített molinóra.
rel|Ezt olvasta már?
rel|Két új háziorvos kezd Lentiben márciustól
rel|Lezárják a 74-es főutat a hétvégén
B|A tankerület közleménye szerint a kis létszámú osztályok miatt nem tudnak szaktanárt biztosítani minden tárgyhoz.
B|Horváth Edit polgármester azt mondta, az önkormányzat kész lenne átvállalni a buszköltséget, ha a tagozat megmaradhat.
dis|A cikk részben vagy egészben csak a kiadó írásos engedélyével vehető át.
nav|Címkék: iskola, tankerület, Becsehely, oktatás
oth|Zala Most Média Kft. · Impresszum · Adatvédelem · Kapcsolat
""",
    ),
    dict(
        id="hard-hu-001",
        lang="hu",
        hard=True,
        opts="",
        notes="Hard: a Hungarian finance site reports a bitcoin slump in forints; the price lines of the story "
              "(bitcoin, ether, a forint-linked token) are story, while the page also carries a crypto price strip "
              "(crypto_ticker), an exchange bonus promo mid-story (crypto_promo), a not-advice disclaimer, share bar and "
              "related links.",
        text="""
nav|Pénzpiac Online › Kripto
tk|BTC 23 140 000 Ft ▼9,2% · ETH 871 300 Ft ▼11,4% · SOL 48 920 Ft ▼13,0% · EUR/HUF 398,45
T|Kilencszázalékos zuhanás: 23 millió forint alá esett a bitcoin
oth|Fehér Balázs · 2026. november 3. · 3 perc olvasás
sh|Megosztás Facebookon
B|A bitcoin árfolyama hétfő estéről kedd délelőttre több mint 2,3 millió forintot veszített, a legnagyobb egynapos esést produkálva tavasz óta.
B|A vezető kriptoeszközök kedd 10 órakor:
B|Bitcoin: 23,14 millió Ft (–9,2%)
B|Ether: 871 ezer Ft (–11,4%)
B|Az esés egy ázsiai tőzsde csődvédelmi kérelme után gyorsult fel, amikor több mint 600 millió dollárnyi tőkeáttételes pozíciót zártak be kényszerből.
B|„Aki most forintban számolja a veszteségét, annak kettős pofon jár, mert közben a forint is erősödött” – mondta Sárközi Dénes, a Kriptokör Egyesület elnöke.
pr|Regisztrálj most a KriptoKapu tőzsdén, és 10 000 Ft kezdő bónuszt írunk jóvá az első befizetésed után!
B|A magyar kriptotőzsdéken a napi forgalom a szokásos háromszorosára nőtt.
dis|A cikk kizárólag tájékoztató jellegű, nem minősül befektetési tanácsadásnak vagy ajánlattételnek.
rel|További kripto hírek
rel|Elfogyott a türelem: a jegybank figyelmeztet a kriptós nyereményjátékokra
rel|Adóbevallás kriptóval: mire figyeljen, aki tavaly eladott
""",
    ),
]
