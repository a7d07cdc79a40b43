"""textset-dev25, writer B, part 2: Swedish, Malay and Swahili pages (4 cases each, one hard each).

Tagged line lists for ../src/make_cases.py (generator of textset-dev20): TAG|line, >TAG|line joins
with a single newline, ~ is a run of extra blank lines.
"""

CASES = [
    dict(
        id="sv-001",
        lang="sv",
        hard=False,
        opts="",
        notes="Swedish regional paper (bridge delay in Skellefteå): top menu, 'Annons' label, listen-to-article "
              "button, text and photo credits and publish stamp (other), a photo caption, an inline 'Läs också' "
              "teaser, share button, most-read list and publisher footer. The dateline-free one-line quote and "
              "the cost figures are story.",
        text="""
nav|Meny   Sök   Logga in   Prenumerera
oth|Annons
T|Nya älvbron blir ett år försenad – och 140 miljoner dyrare
oth|Lyssna på artikeln · 4 min
oth|Text: Elin Backlund
oth|Foto: Jonas Hedin
oth|Publicerad 4 februari 2026 kl. 06.30
C|Gjutningen av brons mittpelare fick avbrytas i december när isen la sig tidigare än väntat. Foto: Jonas Hedin
B|Den nya bron över Skellefteälven vid Norrböle blir klar tidigast hösten 2028, ett år senare än planerat.
B|Det framgår av en tjänsteskrivelse som tekniska nämnden behandlar på torsdag.
B|Kostnaden beräknas nu till 612 miljoner kronor, mot tidigare 472 miljoner.
rel|Läs också: Kommunen höjer taxan för bussparkering i centrum
B|Enligt förvaltningen beror förseningen främst på att pålningen i älvbotten krävde djupare stålrör än geotekniken visade.
B|– Vi har hittat lera på ställen där vi räknade med morän, säger projektchefen Mattias Lindqvist.
B|Oppositionen vill att revisorerna granskar upphandlingen.
B|– Det här är inte första gången kalkylen spricker, säger Annika Sjöberg (M).
sh|Dela
rel|Mest läst just nu
rel|Snöovädret stängde E4 norr om Byske i sex timmar
rel|Gymnasiet i Kåge får ny rektor efter bara ett år
oth|Norrlandsbladet AB · Ansvarig utgivare: Karin Öhman · Kundtjänst
""",
    ),
    dict(
        id="sv-002",
        lang="sv",
        hard=False,
        opts="single",
        notes="Swedish TV-station news page in single newlines: section menu, video player controls and duration, "
              "updated stamp, share row, agency credit (attribution), and a consent dialog at the foot. Ferry "
              "cancellations listed one per line are story.",
        text="""
nav|Nyheter · Inrikes · Väder · Sport · Play
T|Stormen Edit: Gotlandsfärjorna inställda under lördagen
oth|Spela upp video 01:42
oth|Ljud av
oth|Uppdaterad i dag 07.55
sh|Dela artikeln
B|Alla avgångar mellan Visby och fastlandet är inställda under lördagen när stormen Edit drar in över södra Östersjön.
B|SMHI har utfärdat en orange varning för mycket höga vågor och vindbyar upp till 30 meter per sekund.
B|Inställda turer:
B|Visby–Nynäshamn 07.00 och 16.45
B|Visby–Oskarshamn 10.30
B|Nynäshamn–Visby 12.00 och 21.40
B|Rederiet räknar med att trafiken kan återupptas söndag förmiddag om vinden mojnar som väntat.
B|Resenärer med bokade biljetter får ombokning utan kostnad.
att|Text: NSB Nyhetsbyrån
ck|Kanal Öst använder kakor för att webbplatsen ska fungera och för att förstå hur våra tjänster används. Du kan ändra ditt val när som helst.
ck|Godkänn alla
ck|Endast nödvändiga
""",
    ),
    dict(
        id="sv-003",
        lang="sv",
        hard=False,
        opts="ws",
        notes="Swedish business site: market-index strip (crypto_ticker), breadcrumb, byline/time line, newsletter "
              "pitch mid-story, not-advice disclaimer, related list and tag list. Trailing whitespace on some "
              "lines. The quarterly figures listed one per line are story.",
        text="""
tk|OMXS30 2 481,22 +0,6 % · Large Cap +0,4 % · EUR/SEK 11,38 · Brent 71,90 USD
nav|Börsen › Bolag › Vätterns Fiber
T|Vätterns Fiber vinstvarnar – aktien rasar 18 procent
oth|Johan Ek | 23 oktober 2026, 09.12
B|Bredbandsbolaget Vätterns Fiber sänkte på torsdagsmorgonen sin prognos för helåret, efter att flera kommuner skjutit upp utbyggnaden av landsbygdsnät.
B|Aktien föll 18 procent i öppningshandeln till 42,60 kronor.
B|Tredje kvartalet i korthet:
B|Nettoomsättning: 318 miljoner kronor (341)
B|Rörelseresultat: 12,4 miljoner kronor (39,8)
B|Antal nya anslutningar: 2 140 (3 920)
nl|Få Börsmorgon i din inkorg varje vardag kl. 07 – anmäl dig gratis här
B|– Vi har ett starkt orderläge, men vi kan inte gräva där kommunerna inte har gett tillstånd, säger vd Helena Strand.
B|Analytiker på Alm Fondkommission sänkte riktkursen från 64 till 49 kronor.
dis|Artikeln är inte en uppmaning att köpa eller sälja värdepapper. Historisk avkastning är ingen garanti för framtida avkastning.
rel|Mer från Börsen
rel|Skogsbolagen tappar efter svaga massapriser
rel|Så påverkas din bolåneränta av nästa räntebesked
nav|Ämnen: Vinstvarning, Telekom, Småbolag
""",
    ),
    dict(
        id="hard-sv-001",
        lang="sv",
        hard=True,
        opts="",
        notes="Hard: a Swedish local paper closes its comment fields and the story quotes the closing notice (on a "
              "line of its own) and comment-section wordings; those lines are story, while the page itself still has "
              "a comment counter, comment box and rules link (comments). Also menu, byline, share, an ad label "
              "mid-story and newsletter lines.",
        text="""
nav|Västkustposten   E-tidning   Nyheter   Sport   Kultur   Familj
T|Västkustposten stänger kommentarsfälten efter hot mot reportrar
oth|Av Sara Lund · Publicerad 12 maj 2026 13.05
sh|Dela på Facebook
sh|Kopiera länk
B|Från och med måndag går det inte längre att kommentera artiklar på Västkustpostens sajt.
B|Under alla texter kommer i stället att stå:
B|”Kommentarsfunktionen är stängd för den här artikeln.”
B|Beslutet togs efter att två reportrar hotats i kommentarer under en artikel om ett asylboende i mars.
B|– Vi modererade 1 900 kommentarer i månaden. Var tionde fick tas bort, säger chefredaktören Per Widell.
oth|Annons
B|Knappen ”Skriv en kommentar” försvinner också från appen.
B|Läsare som vill tycka till hänvisas till insändarsidan, där alla texter publiceras med namn.
B|Medieforskaren Linnea Hjort tror att fler lokaltidningar följer efter.
B|– Kommentarsfälten kostar mer än de ger, särskilt för små redaktioner.
nl|Prenumerera på vårt nyhetsbrev – de viktigaste nyheterna från kusten varje fredag
com|17 kommentarer
com|Skriv en kommentar…
com|Läs våra regler för kommentarer
com|Visa fler kommentarer
""",
    ),
    dict(
        id="ms-001",
        lang="ms",
        hard=False,
        opts="crlf",
        notes="Malay national news site, Kelantan flood story (CRLF): cookie notice on top, section menu, byline "
              "and updated stamp, an inline 'Baca juga' teaser and 'Iklan' label mid-story, share line, "
              "WhatsApp-channel follow prompt (newsletter) and copyright disclaimer. Evacuation figures listed "
              "per district are story.",
        text="""
ck|Laman web ini menggunakan kuki untuk meningkatkan pengalaman anda. Dengan terus melayari, anda bersetuju dengan dasar privasi kami.
ck|Saya Setuju
nav|Utama | Nasional | Politik | Dunia | Sukan | Hiburan
T|Banjir Kelantan: Lebih 12,000 mangsa dipindahkan ke 98 PPS
oth|Oleh Nurul Aina Rahim
oth|Dikemaskini: 14 Dis 2025, 10:05 pagi
B|Jumlah mangsa banjir di Kelantan meningkat kepada 12,418 orang daripada 3,602 keluarga setakat jam 8 pagi ini.
B|Mereka ditempatkan di 98 pusat pemindahan sementara (PPS) di tujuh jajahan.
rel|Baca juga: Jalan Kuala Krai–Gua Musang ditutup kepada semua kenderaan
B|Pecahan mengikut jajahan:
B|Pasir Mas: 4,210 mangsa
B|Tumpat: 3,877 mangsa
B|Kota Bharu: 2,105 mangsa
oth|Iklan
B|Sungai Golok di Rantau Panjang dilaporkan melepasi paras bahaya sejak malam tadi.
B|"Kami jangka air akan terus naik sekiranya hujan berterusan sehingga esok," kata pegawai bencana negeri, Mohd Faizal Ismail.
sh|Kongsi artikel ini
nl|Ikuti saluran WhatsApp Berita Semenanjung untuk berita terkini setiap hari
dis|Hak cipta terpelihara © 2025 Berita Semenanjung Sdn Bhd. Sebarang penerbitan semula tanpa kebenaran adalah dilarang.
""",
    ),
    dict(
        id="ms-002",
        lang="ms",
        hard=False,
        opts="",
        notes="Malay business page: gold, ringgit and index strip on top (crypto_ticker), breadcrumb, byline, a "
              "'continue reading below' ad slot mid-story (other), an agency credit (attribution), related list "
              "and app prompt. Price figure lines are story.",
        text="""
tk|Emas 999: RM402.15/g ▲0.8% | USD/MYR 4.2310 ▼ | SGD/MYR 3.2855 | FBM KLCI 1,612.40 ▲4.21
nav|Bisnes › Komoditi
T|Harga minyak sawit mentah cecah paras tertinggi tiga bulan
oth|Oleh Hafiz Zulkarnain - November 6, 2026 @ 5:48pm
B|Niaga hadapan minyak sawit mentah (MSM) di Bursa Malaysia Derivatives ditutup lebih tinggi hari ini, didorong permintaan kukuh dari India menjelang musim perayaan.
B|Kontrak penanda aras untuk penghantaran Januari naik RM86 kepada RM4,512 setan.
B|Kontrak Februari: RM4,488 (naik RM79)
B|Kontrak Mac: RM4,460 (naik RM71)
oth|Teruskan membaca di bawah
B|Seorang peniaga minyak sawit berkata eksport bagi tempoh 1 hingga 5 November meningkat 11.2 peratus berbanding tempoh sama bulan lalu.
B|Bagaimanapun, harga minyak soya yang lemah di Chicago dijangka mengehadkan kenaikan esok.
att|— AgensiNusa
rel|Berita berkaitan
rel|Ringgit dibuka lemah berbanding dolar AS
rel|Saham perladangan diburu pelabur asing
nav|Muat turun aplikasi Harian Niaga di App Store dan Google Play
""",
    ),
    dict(
        id="ms-003",
        lang="ms",
        hard=False,
        opts="ws",
        notes="No headline: a Malay viral-news aggregator repost whose scrape lost the title; top source credit "
              "('Dikongsi dari'), a view/share counter (other), comments with reader names and reply links, and a "
              "closing related block. Trailing whitespace on some lines. The canteen price list is story.",
        text="""
att|Dikongsi dari: Suara Johor Online
oth|2.4k tontonan · 186 perkongsian
B|Kementerian Pendidikan menetapkan harga siling baharu bagi makanan di kantin sekolah rendah bermula penggal kedua.
B|Nasi lemak biasa: RM1.50
B|Mi goreng: RM1.50
B|Air sirap: 60 sen
B|Pengusaha kantin yang melanggar harga ditetapkan boleh ditamatkan kontrak.
B|Seorang pengusaha di Batu Pahat, Rosnah Hamid, berkata kos bahan mentah sudah meningkat hampir 30 peratus sejak tahun lalu.
B|"Kalau RM1.50, saya terpaksa kurangkan lauk. Itu saja caranya," katanya.
com|Komen (3)
com|Ibu Aisyah: Anak saya bawa RM3 sehari pun tak cukup sekarang.
com|Balas
com|Cikgu_Zam: Kantin sekolah saya dah naik harga sejak Jun lagi.
com|Balas
rel|Anda mungkin juga suka
rel|Yuran bas sekolah di Kluang naik RM20 sebulan
rel|Ibu bapa diminta semak senarai buku teks baharu
""",
    ),
    dict(
        id="hard-ms-001",
        lang="ms",
        hard=True,
        opts="",
        notes="Hard: a Malay portal debunks a chain message that urges readers to forward it ('Sila kongsi kepada 10 "
              "kumpulan WhatsApp', 'Kongsikan segera!'); those quoted lines (one standing alone) are story, "
              "while the page has its own share bar at top and bottom (share_bar). Also menu, byline, an ad label "
              "mid-story, Telegram prompt and related links.",
        text="""
nav|Semasa | Fakta atau Palsu | Gaya Hidup | Video
T|PALSU: Mesej tawaran bantuan tunai RM500 melalui pautan WhatsApp
oth|Oleh Amirul Hakim | 22 Januari 2026, 3:15 petang
sh|Kongsi: Facebook | X | WhatsApp | Telegram
B|Satu mesej yang mendakwa kerajaan memberikan bantuan tunai RM500 kepada setiap isi rumah tersebar luas di media sosial sejak semalam.
B|Mesej itu meminta penerima menekan pautan dan mengisi nombor kad pengenalan serta nombor akaun bank.
B|Ia diakhiri dengan ayat:
B|"Sila kongsi kepada 10 kumpulan WhatsApp untuk aktifkan bantuan anda."
B|Sebahagian versi mesej itu turut menambah: "Kongsikan segera! Tawaran tamat malam ini."
oth|Iklan
B|Kementerian Kewangan dalam kenyataan hari ini menegaskan tiada bantuan sedemikian.
B|Orang ramai dinasihatkan supaya tidak berkongsi mesej itu dan melaporkannya kepada pihak polis.
B|"Semakin banyak dikongsi, semakin ramai yang terdedah kepada penipuan," kata pakar keselamatan siber, Dr. Lim Wei Chen.
sh|Kongsi artikel ini dengan rakan anda
nl|Sertai saluran Telegram Semak Fakta MY untuk semakan berita terkini
rel|Semakan lain
rel|PALSU: Video banjir kilat di Shah Alam pagi tadi
rel|BENAR: Tol Lebuhraya Utara-Selatan percuma pada malam Tahun Baharu Cina
""",
    ),
    dict(
        id="sw-001",
        lang="sw",
        hard=False,
        opts="~",
        notes="Swahili Tanzanian paper, Dar es Salaam bus-rapid-transit story: section menu, byline with place, "
              "Swahili date stamp, 'Soma pia' teaser mid-story, a run of extra blank lines, then share line, "
              "comments prompt and cookie notice at the foot. Fare lines are story.",
        text="""
nav|Habari | Biashara | Michezo | Burudani | Makala | Video
T|Mabasi ya mwendokasi kuanza safari Mbagala mwezi ujao
oth|Na Rehema Mussa, Dar es Salaam
oth|Ijumaa, Machi 20, 2026
B|Serikali imetangaza kuwa njia ya pili ya mabasi yaendayo haraka kutoka Kariakoo hadi Mbagala itaanza kutoa huduma Aprili 15.
B|Njia hiyo yenye urefu wa kilomita 20.3 ina vituo 29 na itatumiwa na mabasi 160 mapya.
rel|Soma pia: Bei ya mafuta yapanda kwa mwezi wa tatu mfululizo
B|Nauli zilizopendekezwa ni:
B|Watu wazima: Sh750
B|Wanafunzi: Sh200
B|Meneja wa mradi, Bi. Zuhura Salum, amesema wasafiri watalazimika kutumia kadi za kielektroniki badala ya fedha taslimu.
B|"Tunataka kumaliza foleni za asubuhi ambazo zinawachelewesha wafanyakazi kwa saa mbili kila siku," alisema.
~
sh|Shiriki habari hii:
com|Maoni
com|Ingia ili kutoa maoni yako
ck|Tovuti hii inatumia vidakuzi kukupa huduma bora zaidi. Ukiendelea kuitumia, unakubali matumizi yake.
ck|Nimeelewa
""",
    ),
    dict(
        id="sw-002",
        lang="sw",
        hard=False,
        opts="nofinal",
        notes="Swahili Kenyan TV-station site: currency strip (crypto_ticker) on top, video player lines, agency "
              "credit, share buttons, 'Habari zaidi' related block and a reprint disclaimer; no final newline. The "
              "fish-price lines are story.",
        text="""
tk|USD/KES 129.40 · EUR/KES 140.85 · UGX/KES 0.0349 · NSE 20: 1,942.6 ▲
nav|Taifa TV › Habari › Nyanza
T|Wavuvi wa Kisumu walalamikia kupungua kwa samaki aina ya sangara
oth|Tazama video: 02:15
att|Chanzo: Shirika la Habari la Kenya Magharibi
B|Wavuvi katika ufuo wa Dunga, Kisumu, wanasema samaki aina ya sangara wamepungua kwa zaidi ya nusu katika kipindi cha mwaka mmoja.
B|Wanalaumu magugu maji ambayo yamefunika sehemu kubwa ya Ghuba ya Winam tangu Januari.
B|Bei ya sangara sokoni Kisumu:
B|Kilo moja mwaka jana: Sh320
B|Kilo moja sasa: Sh560
B|"Tunakaa ziwani usiku mzima na kurudi na samaki watatu," alisema Otieno Ochieng, mwenyekiti wa kikundi cha wavuvi wa Dunga.
B|Idara ya Uvuvi imeahidi kuleta mashine ya kuondoa magugu maji kabla ya mwisho wa mwezi.
sh|Shiriki: WhatsApp · Facebook · X
rel|Habari zaidi
rel|Mvua kubwa yasomba daraja la Ahero
rel|Wakulima wa mpunga wapokea mbegu mpya
dis|© Taifa TV 2026. Hairuhusiwi kunakili habari hii bila idhini ya maandishi.
""",
    ),
    dict(
        id="sw-003",
        lang="sw",
        hard=False,
        opts="",
        notes="Swahili sports page from Zanzibar: score widget and ad label (other), byline and time, goal-scorer "
              "lines in the story, newsletter pitch, comment thread with a reply link at the bottom.",
        text="""
nav|Michezo › Soka › Ligi Kuu Zanzibar
T|Mlandege yaichapa Malindi 2-1 na kukaa kileleni
oth|Mlandege 2 – 1 Malindi · FT · Uwanja wa Amaan
oth|Na Suleiman Haji · Saa 3 zilizopita
B|Mlandege FC imeendelea kuongoza Ligi Kuu ya Zanzibar baada ya kuifunga Malindi 2-1 katika mchezo uliochezwa jana jioni Uwanja wa Amaan.
B|Wafungaji:
B|Mlandege: Abdallah Khamis 23', Said Mzee 77'
B|Malindi: Yussuf Ame 58'
B|Kocha wa Mlandege, Ali Bakar, amesema ushindi huo ni zawadi kwa mashabiki waliojitokeza kwa wingi licha ya mvua.
B|"Tulicheza kwa presha kubwa, lakini vijana walionyesha ukomavu," alisema.
oth|Tangazo
B|Mlandege sasa ina pointi 34, nne mbele ya KMKM inayoshika nafasi ya pili.
nl|Jisajili upokee matokeo ya ligi zote za Zanzibar kwenye barua pepe yako kila Jumatatu
com|Maoni 5
com|Hamadi_Mpira: Mlandege mwaka huu hawakamatiki!
com|Jibu
""",
    ),
    dict(
        id="hard-sw-001",
        lang="sw",
        hard=True,
        opts="",
        notes="Hard: a Swahili paper warns about a crypto 'investment' scam that advertised via mobile-money "
              "messages; the quoted promo wordings (one on a line of its own) are story, while the page "
              "also carries real exchange promos at the top and mid-story (crypto_promo), a crypto price strip and a "
              "risk disclaimer.",
        text="""
tk|BTC $61,204 ▼2.1% · ETH $2,318 ▼3.4% · USDT $1.00 · USD/TZS 2,655
T|Polisi waonya kuhusu mtandao wa 'sarafu ya kidijitali' uliowaibia wakazi wa Arusha Sh1.2 bilioni
oth|Na Godfrey Lyimo, Arusha · Jumanne, Oktoba 13, 2026
pr|Nunua Bitcoin kwa M-Pesa ndani ya dakika 5 kupitia BurejiX — jisajili leo upate ada sifuri kwa mwezi wa kwanza!
B|Jeshi la Polisi mkoani Arusha limewakamata watu wanne wanaotuhumiwa kuendesha mtandao wa uwekezaji wa sarafu ya kidijitali uliowapora wakazi zaidi ya 3,000.
B|Waathirika walipokea ujumbe mfupi uliosema:
B|"Wekeza Sh50,000 leo upate Sh500,000 ndani ya siku saba."
B|Ujumbe mwingine uliahidi "bonasi ya asilimia 200 kwa kila rafiki utakayemleta."
B|Kamanda wa Polisi wa Mkoa, Justine Masawe, amesema fedha hizo zilihamishwa kupitia akaunti 47 za simu.
pr|Pakua programu ya KiboCoin upate $10 za bure ukiweka amana yako ya kwanza
B|"Hakuna sarafu yoyote halali inayokuahidi faida ya mara kumi kwa wiki," alisema.
B|Benki Kuu imewakumbusha wananchi kwamba sarafu za kidijitali si fedha halali nchini.
dis|Tahadhari: Biashara ya sarafu za kidijitali ina hatari kubwa. Habari hii si ushauri wa kifedha.
rel|Habari zinazohusiana
rel|Benki Kuu yafuta leseni za kampuni tatu za mikopo mtandaoni
rel|Jinsi ya kutambua ujumbe wa utapeli kwenye simu yako
""",
    ),
]
