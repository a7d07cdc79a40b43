# European, Latin American, Russian/Ukrainian, Turkish, SE-Asian and Arabic cases of textset-dev6.
# See make_cases.py.
from make_cases import case

CASES = [

case("es-001", "es", "Mexican state daily, court hearing of an ex-mayor; masthead, menu, consent banner "
     "and section label on top; standalone-city dateline inline (SAN LUIS POTOSÍ, SLP.—); 'Te puede "
     "interesar' insert mid-story; numbered most-read list, share prompt and reproduction notice at "
     "the bottom.", """
nv LA VOZ DEL ALTIPLANO
+nv Nacional · Estados · Seguridad · Política · Deportes · Espectáculos · Opinión
ck Usamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad relacionada con tus preferencias de navegación.
+ck Configurar
+ck Aceptar todas
nv Seguridad
T Vinculan a proceso a exalcalde de San Telmo por desvío de 48 millones de pesos
ot Por Lucía Maldonado | 14 de octubre de 2026 · 21:10 hrs
B SAN LUIS POTOSÍ, SLP.— Un juez de control vinculó a proceso al exalcalde de San Telmo, Rogelio Barragán, por el presunto desvío de 48 millones de pesos destinados a obras de agua potable.
B La Fiscalía Anticorrupción del estado acusa al exfuncionario de simular contratos con tres empresas que no contaban con trabajadores ni maquinaria.
B El juez fijó un plazo de cuatro meses para la investigación complementaria y le impuso prisión preventiva justificada.
rl Te puede interesar: Detienen a extesorero municipal en la Huasteca
B La defensa anunció que promoverá un amparo.
B "Mi cliente siempre ha estado a disposición de la autoridad", dijo el abogado Ernesto Cisneros a la salida del penal de La Pila.
rl Lo más leído
+rl 1. Cierran carretera 57 por bloqueo de transportistas
+rl 2. ¿Habrá puente el 2 de noviembre? Esto dice la SEP
+rl 3. Cae granizada atípica en la capital potosina
sh Comparte esta nota
ds Queda prohibida la reproducción total o parcial de este contenido sin autorización expresa de La Voz del Altiplano.
"""),

case("hard-es-001", "es", "HARD: Spanish regional daily on a study of news sharing via WhatsApp; the story "
     "names the 'Compartir en WhatsApp' button and lists shares by topic (body) while the page "
     "carries a real share bar under the byline and a share prompt at the end; newsletter pitch; "
     "trailing spaces.", """
nv El Correo del Turia
+nv Valencia | Comunitat | España | Economía | Deportes | Cultura | Suscríbete
T Uno de cada tres lectores llega a las noticias locales a través de WhatsApp, según un estudio
ot Marta Beltrán\x20\x20
+ot Valencia, 08/02/2026 - 06:00 h
sh Compartir en Facebook
+sh Compartir en X
+sh Compartir en WhatsApp
+sh Copiar enlace
B Un estudio de la Universitat de València sobre 2.400 lectores de prensa local concluye que el 34 % accede a las noticias desde un enlace recibido por WhatsApp.\x20
B El botón de "Compartir en WhatsApp" es ya el más pulsado en los diarios analizados, por delante de Facebook y X.
B Los investigadores observaron que las noticias de sucesos, tráfico y tiempo son las que más se comparten.
B Las más compartidas, por temas:
B - Sucesos: 29 %
+B - Tráfico y transporte: 21 %
+B - Meteorología: 17 %
B La autora principal, la profesora Inés Llorca, advierte de que muchas veces "se comparte el titular sin abrir la noticia".\x20\x20\x20
nw Recibe cada mañana las noticias de Valencia en tu correo. Apúntate a nuestra newsletter.
sh ¿Te ha parecido interesante? Compártelo
""", hard=True),

case("pt-001", "pt", "Brazilian portal, storm in Petrópolis; breadcrumb, byline and stamp on top; photo "
     "caption with credit after the first paragraph; app prompt mid-story (navigation); short "
     "subheading; most-watched videos link and WhatsApp channel prompt at the bottom; no final "
     "newline.", """
nv Portal Guanabara › Rio de Janeiro › Região Serrana
T Temporal em Petrópolis deixa 300 desalojados e interdita 14 ruas
ot Por Redação Guanabara Serrana
+ot 12/03/2026 07h48 · Atualizado há 2 horas
B Um temporal de pouco mais de três horas deixou 312 pessoas desalojadas em Petrópolis, na Região Serrana do Rio, na noite de quarta-feira (11).
C Rua alagada no bairro Quitandinha na noite de quarta-feira — Foto: Reprodução/Redes sociais
B Segundo a Defesa Civil, choveu 187 milímetros em 24 horas no bairro Quitandinha, quase o volume esperado para o mês inteiro.
B Catorze ruas foram interditadas por risco de deslizamento.
B Não há registro de mortos ou feridos graves.
nv 📲 Baixe o app do Portal Guanabara e receba alertas da sua região
B A prefeitura abriu três pontos de apoio em escolas municipais e pediu que moradores de áreas de risco procurem abrigo ao ouvir as sirenes.
B Previsão
B A previsão é de mais chuva forte até sábado (14), segundo o instituto estadual de meteorologia.
rl VÍDEOS: mais assistidos do Portal Guanabara nos últimos 7 dias
nw Siga o canal do Portal Guanabara Serrana no WhatsApp
""", final=False),

case("pt-002", "pt", "Portuguese sports daily, league match report; masthead, menu and a doubled dek "
     "glued to itself (duplicate_line) before the headline; byline, score box and scorers on top; "
     "stats widget, read-also link and comment count at the bottom.", """
nv GOLO
+nv Futebol Nacional | Internacional | Modalidades | Mercado | Vídeos
dp Dérbi minhoto decidido nos descontos.Dérbi minhoto decidido nos descontos.
T Académico vence no Ave com golo de Rúben Sá aos 90+3'
ot Tiago Ferraz
+ot 02 fev 2026, 22:14
ot Vitória do Ave 1-2 Académico de Barcelos
+ot Golos: Nélson Pinto 35' | Diogo Mota 61', Rúben Sá 90+3'
B O Académico de Barcelos venceu este domingo no Estádio do Ave por 2-1, com um golo de Rúben Sá já nos descontos, e subiu ao quarto lugar da Liga.
B A equipa da casa esteve por cima na primeira parte e adiantou-se aos 35 minutos, num remate cruzado de Nélson Pinto.
B Diogo Mota empatou de cabeça, na sequência de um canto, e o jogo ficou partido na última meia hora.
B Já com o Vitória reduzido a dez por expulsão de Hugo Salgueiro, Rúben Sá aproveitou uma bola perdida na área para fazer o 2-1.
B "Sabíamos que este jogo se decidia nos pormenores", disse o treinador do Académico, Paulo Bessa.
ot Estatísticas
+ot Posse de bola 54% - 46%
+ot Remates 13 - 11
+ot Cartões amarelos 3 - 4
+ot Cartões vermelhos 1 - 0
rl Leia também
+rl Mercado: Vitória do Ave perto de acordo por médio uruguaio
cm 12 comentários
"""),

case("de-001", "de", "German regional daily, council votes for a 30 km/h limit; CRLF; masthead, menu, "
     "consent dialog and breadcrumb on top; 'Anzeige' label mid-story; related links and topic "
     "tags at the bottom.", """
nv Schwarzwälder Landbote
+nv Lokales · Region · Baden-Württemberg · Sport · Kultur · E-Paper · Abo
ck Datenschutz beim Schwarzwälder Landboten
+ck Wir und unsere 96 Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unseres Angebots auszuwerten.
+ck Alle akzeptieren
+ck Einstellungen oder ablehnen
nv Lokales › Calwingen
T Gemeinderat stimmt für Tempo 30 auf der gesamten Ortsdurchfahrt
ot Von Bernd Scheuerle
+ot 21.05.2026 - 18:32 Uhr
B Calwingen - Auf der Hauptstraße in Calwingen gilt künftig auf der gesamten Länge von 1,8 Kilometern Tempo 30.
B Der Gemeinderat hat dem Antrag der Verwaltung am Dienstagabend mit 14 zu 6 Stimmen zugestimmt.
B Bisher war Tempo 30 nur vor der Grundschule und dem Seniorenheim angeordnet.
ot Anzeige
B Bürgermeisterin Katrin Seifried verwies auf eine Lärmmessung, nach der nachts an 11 von 14 Messpunkten die Grenzwerte überschritten wurden.
B "Es geht um die Gesundheit der Anwohner, nicht um Schikane", sagte sie.
B Die Freien Wähler kritisierten, der Durchgangsverkehr werde sich auf die Nebenstraßen verlagern.
B Das Landratsamt muss die Anordnung noch prüfen. Mit den neuen Schildern rechnet die Verwaltung im Herbst.
rl Mehr zum Thema
+rl Blitzer an der B 463: So viele Raser gab es im ersten Monat
+rl Sanierung der Nagoldbrücke verzögert sich erneut
nv Themen: Calwingen, Gemeinderat, Verkehr
""", crlf=True),

case("hard-de-001", "de", "HARD: German daily on a court ruling about cookie banners; story lines quoting "
     "'Alle ablehnen'/'Alle akzeptieren' and banner layers are body while the page opens with a "
     "real consent dialog (with a pay-or-consent option); legal-advice note, read-also links and "
     "a comments-disabled notice at the bottom.", """
ck Datenschutzeinstellungen
+ck Mit Klick auf „Zustimmen“ erlauben Sie dem Weserland Kurier und 143 Drittanbietern, Daten auf Ihrem Endgerät zu speichern und auszulesen, etwa für personalisierte Werbung.
+ck Zustimmen
+ck Ohne Werbetracking lesen: zum Pur-Abo
nv Weserland Kurier
+nv Startseite › Politik › Digitales
T Gericht: „Alle ablehnen“ muss genauso sichtbar sein wie „Alle akzeptieren“
ot Von Lena Harms
+ot 03.03.2026, 11:05 Uhr
B Cookie-Banner auf Nachrichtenseiten müssen das Ablehnen genauso einfach machen wie das Zustimmen. Das hat das Landgericht Bremerhaven am Montag entschieden.
B Geklagt hatte ein Verbraucherverband gegen den Betreiber eines Ratgeberportals.
B Dessen Banner zeigte auf der ersten Ebene nur einen farbig hervorgehobenen Knopf „Alle akzeptieren“; wer ablehnen wollte, musste über „Einstellungen“ in ein Untermenü.
B Das Gericht wertete das als unzulässige Beeinflussung der Nutzer.
B Was das Urteil bedeutet
B Betreiber müssen „Alle ablehnen“ auf derselben Ebene, in gleicher Größe und ähnlicher Farbe anbieten.
B Das Urteil ist noch nicht rechtskräftig.
ds Hinweis: Dieser Artikel stellt keine Rechtsberatung dar.
rl Lesen Sie auch
+rl Pur-Abos: Was „Zahlen oder Zustimmen“ für Leser bedeutet
+rl Bußgeld gegen Onlinehändler wegen Tracking ohne Einwilligung
cm Die Kommentarfunktion ist für diesen Artikel deaktiviert.
""", hard=True),

case("fr-001", "fr", "French regional daily, storm damage; masthead and menu, agency credit (avec AFP) "
     "and stamp on top; photo captions with credits, one before the story and one mid-story; "
     "subheading; 'Publicité' label mid-story; read-also list, newsletter pitch and reproduction "
     "notice at the bottom; NBSP inside quotes and at line ends.", """
nv Le Courrier de l'Armor
+nv Actu · Bretagne · Côtes-d'Armor · Sports · Loisirs · Mon compte
T Tempête Irène : 38 000 foyers privés d'électricité dans les Côtes-d'Armor
at Le Courrier de l'Armor, avec AFP
+ot Publié le 27/11/2026 à 08h15 | Modifié le 27/11/2026 à 11h02
C Un arbre tombé sur la route départementale 786, près de Paimpol, jeudi matin. | Photo : Le Courrier de l'Armor – Yann Le Gall
B Les rafales ont atteint 146 km/h à la pointe de l'Arcouest dans la nuit de mercredi à jeudi.
B Au plus fort de l'épisode, 38 000 foyers étaient privés d'électricité dans le département, selon le gestionnaire du réseau.\xa0
B Plus de 400 interventions
B Les pompiers ont effectué 412 interventions, essentiellement pour des chutes d'arbres et des toitures endommagées.
ot Publicité
B Aucun blessé grave n'est à déplorer.
B «\xa0On n'avait pas vu ça depuis 1987\xa0», raconte Jean-Yves, ostréiculteur à Loguivy, dont deux hangars ont perdu leur toit.
C Des agents du réseau électrique réparent une ligne à Plouha. | Photo : Le Courrier de l'Armor – Soizic Henry
B La vigilance orange a été levée à 10\xa0h, mais le préfet demande de limiter les déplacements en forêt jusqu'à vendredi.\xa0
rl À lire aussi
+rl Tempête Irène : les images impressionnantes des vagues à Saint-Quay-Portrieux
+rl Tempête : ce que couvre votre assurance habitation
nw Recevez gratuitement la newsletter Côtes-d'Armor chaque matin
ds © Le Courrier de l'Armor – Reproduction interdite sans autorisation
"""),

case("hard-fr-001", "fr", "HARD: regional daily on a media-literacy class where pupils hunt for « Contenu "
     "sponsorisé » and « Publicité » labels; those story lines are body while the page carries "
     "real sponsored teasers and ad labels after a run of blank lines; standalone GRENOBLE — "
     "dateline.", """
nv L'Écho des Alpes
+nv Isère · Savoie · Hautes-Alpes · Éducation · Faits divers · Sports
T À Grenoble, des collégiens apprennent à repérer les « contenus sponsorisés »
ot Par Camille Roux
+ot Le 17 mars 2026 à 18h40
B GRENOBLE —
B Dans la classe de 4e de Mme Arnaud, au collège Stendhal, les élèves ont un exercice inhabituel : retrouver, sur la page d'accueil d'un site d'information, tous les encadrés payés par des annonceurs.
B Ils cherchent les mentions « Contenu sponsorisé », « Publicité » ou « En partenariat avec ».
B « Je croyais que c'était des articles comme les autres », reconnaît Lina, 13 ans.
B L'atelier fait partie de la Semaine de la presse et des médias dans l'école, qui touche cette année 212 établissements de l'académie.
B Selon l'enseignante, la moitié des élèves ne repèrent pas plus de deux encadrés sur cinq au premier essai.
%2
ot Contenu sponsorisé
+ot Isère : cette mutuelle rembourse jusqu'à 400 € vos lunettes — Mutuelle Vercors Santé
+ot Ces maisons en bois séduisent les jeunes retraités — Chalets Belledonne
ot Publicité
rl Les plus lus
+rl Chamrousse : la station ouvrira finalement le 6 décembre
+rl Accident mortel sur l'A480 : le conducteur était sans permis
""", hard=True),

case("it-001", "it", "Italian regional daily, emergency-room fast track; masthead, menu, consent banner, "
     "section label, byline on top; 'Leggi anche' insert mid-story; the page ends with the story "
     "(noise at top and middle only).", """
nv LA GAZZETTA DEL LEVANTE
+nv Cronaca | Politica | Economia | Sport | Salute | Bari | Lecce | Taranto
ck Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo il banner proseguirai con i soli cookie tecnici.
+ck Accetta e chiudi
+ck Personalizza
nv Salute
T Liste d'attesa, a Bari il pronto soccorso del Policlinico apre un'area per i codici minori
ot di Francesca Lorusso
+ot 12 giugno 2026, 07:30
B BARI — Da lunedì i pazienti con codici bianchi e verdi che arrivano al pronto soccorso del Policlinico saranno indirizzati in una nuova area dedicata, con quattro ambulatori e un medico di medicina generale presente dalle 8 alle 20.
B L'obiettivo è ridurre l'attesa, che nei mesi estivi ha superato anche le nove ore.
rl Leggi anche: Caldo, a Lecce attivato il piano per gli anziani soli
B Il direttore sanitario, Michele Cassano, spiega che circa il 60 per cento degli accessi riguarda casi non urgenti.
B «Non vogliamo mandare via nessuno, ma chi ha una distorsione non deve aspettare dietro a un infarto», dice.
B I sindacati dei medici chiedono però nuove assunzioni: secondo loro, mancano almeno 25 specialisti d'urgenza nella provincia.
"""),

case("hard-ru-001", "ru", "HARD: Russian regional paper on readers moving to Telegram channels; a story "
     "line quotes the «Подписывайтесь на наш канал» call (body) while the page carries its own real "
     "Telegram subscribe prompt, a share bar, related links and an 18+ rights line; single "
     "newlines.", """
nv КАМСКИЙ ВЕСТНИК
nv Новости · Общество · Экономика · Происшествия · Спорт · Афиша
T Почти половина жителей Прикамья узнают местные новости из Telegram-каналов
ot 14:25, 19 ноября 2026
ot Анна Зырянова
B Почти половина жителей Прикамья — 47% — узнают местные новости из Telegram-каналов, следует из опроса регионального центра социологии.
B Для сравнения, сайты СМИ назвали основным источником 22% опрошенных, телевидение — 19%.
B Чаще всего подписываются на каналы районных администраций и городские паблики.
B Многие редакции уже переносят главные материалы в мессенджер.
B Главный редактор одного из районных изданий рассказал, что призыв «Подписывайтесь на наш канал» теперь стоит в конце каждой заметки.
B Социологи отмечают: молодёжь до 30 лет почти не открывает сайты газет напрямую.
nw Читайте «Камский вестник» в Telegram — главные новости края без задержек
sh Поделиться: ВКонтакте · Одноклассники · Telegram
rl Читайте также
rl В Перми продлили срок приёма заявок на гранты для НКО
rl Мост через Каму закроют на ремонт на две ночи
ds © «Камский вестник», 2026. При цитировании ссылка обязательна. 18+
""", hard=True, single=True),

case("uk-001", "uk", "Ukrainian regional news site, new school with a shelter; masthead, menu, stamp "
     "and author on top; standalone dateline (Львів —); Google News follow prompt, most-popular "
     "list and reuse notice at the bottom.", """
nv ГАЛИЦЬКИЙ ЩОДЕННИК
+nv Новини · Львів · Область · Україна · Економіка · Спорт · Блоги
T У Львові відкрили першу школу з укриттям на 1200 учнів
ot 09:40, 1 вересня 2026
+ot Автор: Олег Кравців
B Львів —
B У Сихівському районі Львова відкрили нову школу, укриття якої розраховане на всіх 1200 учнів та вчителів.
B Будівництво тривало два роки й коштувало 418 мільйонів гривень.
B Укриття має окремі класи, де можна продовжувати уроки під час тривоги.
B «Діти більше не будуть сидіти в коридорах на лавках», — сказала директорка школи Мар'яна Гнатишин.
B Перший урок у новій школі відвідали понад 900 учнів.
nw Читайте «Галицький щоденник» у Google News
rl Найпопулярніше
+rl На Личаківській обмежать рух через ремонт трамвайних колій
+rl Ціни на овочі на львівських ринках: що подешевшало
ds Використання матеріалів дозволяється лише за умови гіперпосилання на «Галицький щоденник».
"""),

case("tr-001", "tr", "Turkish national daily, earthquake and school closures; single newlines; masthead, "
     "menu, KVKK cookie notice with accept button on top; news-desk credit and update stamp; "
     "'Haberin Devamı' marker mid-story; ad label, related news and tags at the bottom.", """
nv EGE GÜNDEM
nv Gündem Ekonomi Dünya Spor Yaşam Magazin Yazarlar
ck Sitemizde kişisel verileriniz KVKK kapsamında çerezler aracılığıyla işlenmektedir. Ayrıntılar için Çerez Politikamızı inceleyebilirsiniz.
ck Kabul Et
T İzmir'de 4,9 büyüklüğünde deprem: Okullarda eğitime bir gün ara verildi
at Ege Gündem - Haber Merkezi
ot Güncelleme: 06.02.2026 - 10:24
B İzmir'in Seferihisar ilçesi açıklarında sabah saat 07.52'de 4,9 büyüklüğünde deprem meydana geldi.
B Deprem, kent merkezinde de hissedildi ve bazı vatandaşlar sokağa çıktı.
ot Haberin Devamı
B Valilik, tedbir amacıyla Seferihisar ve Urla'daki okullarda eğitime bir gün ara verildiğini duyurdu.
B İlk belirlemelere göre can kaybı ya da ağır hasar bulunmuyor.
B Uzmanlar, bölgede son bir haftada 30'dan fazla küçük sarsıntı kaydedildiğini hatırlattı.
ot Reklam
rl İlgili Haberler
rl Deprem çantasında neler olmalı? AFAD'ın listesi
rl İzmir'de riskli binalar için yeni tespit süreci başlıyor
nv Etiketler: İzmir deprem, Seferihisar, AFAD
""", single=True),

case("pl-001", "pl", "Polish regional portal, section speed control on a ring road; masthead, menu, "
     "byline and stamp on top; 'Reklama' label mid-story; 'Zobacz także' link, comment thread "
     "with nicknames and times, and an app prompt at the bottom.", """
nv Gazeta Nadwiślańska
+nv Wiadomości | Region | Motoryzacja | Sport | Kultura | Pogoda
T Od poniedziałku odcinkowy pomiar prędkości na obwodnicy Torunia
ot Piotr Zawadzki
+ot 14 kwietnia 2026, 6:00
B Od poniedziałku kierowcy jadący obwodnicą Torunia będą kontrolowani przez nowy system odcinkowego pomiaru prędkości.
B Odcinek ma 6,2 kilometra i obejmuje oba kierunki jazdy między węzłami Turzno i Lubicz.
B Dopuszczalna prędkość na tym fragmencie wynosi 100 km/h.
ot Reklama
B Według danych policji w ubiegłym roku na obwodnicy doszło do 41 wypadków, w których zginęły cztery osoby.
B „Chodzi o bezpieczeństwo, a nie o mandaty” — podkreśla rzecznik inspekcji transportu drogowego.
rl Zobacz także: Remont mostu drogowego. Jak ominąć korki w centrum
cm Komentarze (24)
+cm ~kierowca_z_Lubicza 2 godz. temu
+cm Najpierw niech naprawią dziury, potem mogą mierzyć.
+cm ~Asia 1 godz. temu
+cm Wreszcie. Tam się jeździ jak na torze.
nv Pobierz aplikację Gazety Nadwiślańskiej
"""),

case("nl-001", "nl", "Dutch regional broadcaster site, pool closure; menu, cookie notice with "
     "accept/refuse buttons, stamp and desk credit all before the story; the scrape ends with the "
     "last story line (noise at top only); no final newline.", """
nv Omroep IJsselvallei
+nv Nieuws · Sport · Verkeer · Weer · Radio · TV
ck Deze website gebruikt cookies. Door op 'Accepteren' te klikken ga je akkoord met cookies voor statistieken en advertenties.
+ck Accepteren
+ck Weigeren
T Zwembad De Koppel in Lochem sluit na zomer, gemeente zoekt nieuwe exploitant
ot vandaag, 16:45
+ot Redactie Omroep IJsselvallei
B Het zwembad De Koppel in Lochem gaat na deze zomer dicht.
B De huidige exploitant stopt omdat de energiekosten de afgelopen twee jaar bijna zijn verdubbeld.
B De gemeente zegt te zoeken naar een nieuwe uitbater en wil het bad uiterlijk in het voorjaar van 2027 weer openen.
B Zwemverenigingen en scholen moeten in de tussentijd uitwijken naar Zutphen en Deventer.
B "Voor onze kinderen is dat een half uur fietsen extra," zegt Mirjam Hulshof van zwemclub De Berkel.
""", final=False),

case("id-001", "id", "Indonesian news portal, odd-even traffic rule extended; single newlines; site "
     "name and channel menu, byline and stamp on top; 'Baca juga' insert mid-story; video teaser "
     "and embed placeholder, editor initials, related news and a crypto-app promo at the bottom.", """
nv kabarnusa.com
nv News Finance Sport Otomotif Travel Food Health Hot
T Ganjil Genap di Jakarta Diperluas ke 12 Ruas Jalan Mulai Senin
ot Rizky Pratama - kabarnusa News
ot Jumat, 16 Jan 2026 14:32 WIB
B Jakarta - Dinas Perhubungan DKI Jakarta memperluas kebijakan ganjil genap ke 12 ruas jalan baru mulai Senin (19/1/2026).
B Dengan tambahan itu, total ruas jalan yang terkena aturan ganjil genap menjadi 38 ruas.
rl Baca juga:
rl Tarif Transjakarta Rute Bandara Naik Jadi Rp 5.000
B Kebijakan berlaku pada hari kerja pukul 06.00-10.00 WIB dan 16.00-21.00 WIB.
B Kendaraan listrik, angkutan umum, dan ambulans dikecualikan dari aturan ini.
B "Kami akan memberi masa sosialisasi selama satu minggu sebelum penindakan," kata Kepala Dishub DKI, Arief Nugroho.
ot Simak Video "Video: Macet Parah di Tol Dalam Kota Jelang Libur Panjang"
ot [Gambas:Video kabarnusa]
at (ryp/dnu)
rl Berita Terkait
rl Ini Daftar 12 Ruas Jalan Baru Ganjil Genap
cp Promo: Beli Bitcoin mulai Rp 10 ribu di aplikasi Tokonaga Kripto, terdaftar dan diawasi. Daftar sekarang!
""", single=True),

case("vi-001", "vi", "Vietnamese national news site, child flu admissions; masthead, menu, breadcrumb "
     "and stamp on top; advice list in the story; ad label, author name at the end, share bar, one "
     "reader comment and most-read list at the bottom; NBSP at some line ends.", """
nv TIN NHANH SÀI GÒN
+nv Thời sự · Thế giới · Kinh doanh · Sức khỏe · Giáo dục · Pháp luật · Thể thao
nv Sức khỏe > Các bệnh
T Trẻ mắc cúm A tăng gấp đôi, bệnh viện nhi thành phố kê thêm giường
ot Thứ năm, 15/1/2026, 09:15 (GMT+7)
B TP HCM - Số trẻ nhập viện vì cúm A tại Bệnh viện Nhi đồng Thành phố trong hai tuần qua tăng gấp đôi so với cùng kỳ, nhiều khoa phải kê thêm giường.\xa0
B Theo bác sĩ Lê Thanh Hải, trưởng khoa Nhiễm, mỗi ngày khoa tiếp nhận khoảng 120 ca khám, trong đó 30-35 ca phải nhập viện.
B Phần lớn trẻ sốt cao liên tục, ho và đau họng.
B Bác sĩ khuyến cáo phụ huynh:
B - Cho trẻ tiêm vaccine cúm hằng năm
+B - Không tự ý dùng kháng sinh
+B - Đưa trẻ đến viện nếu sốt trên 39 độ kéo dài hơn hai ngày\xa0
ot Quảng cáo
ot Lê Phương
sh Chia sẻ Facebook · Zalo · Sao chép liên kết
cm Ý kiến (14)
+cm Minh Anh: Con tôi cũng vừa sốt 3 ngày, xếp hàng khám mất cả buổi sáng.
+cm Thích · Trả lời · 2h trước
rl Xem nhiều
+rl Giá vàng miếng giảm mạnh phiên đầu tuần
+rl Thời tiết Nam Bộ: nắng nóng kéo dài đến Tết
"""),

case("th-001", "th", "Thai news site, Bangkok PM2.5 alert; no headline in the scrape; masthead, menu and "
     "stamp on top; air-quality widget, LINE add prompt, related news and tags at the bottom.", """
nv บางกอกวันนี้
+nv หน้าแรก | ข่าวด่วน | การเมือง | เศรษฐกิจ | ภูมิภาค | กีฬา | บันเทิง
ot 23 ม.ค. 2569 09:05 น.
B กรุงเทพมหานครรายงานค่าฝุ่น PM2.5 เช้าวันนี้ เกินค่ามาตรฐานใน 48 พื้นที่ โดยเขตหนองแขมสูงสุดที่ 91 ไมโครกรัมต่อลูกบาศก์เมตร
B กทม. ขอความร่วมมือบริษัทเอกชนให้พนักงานทำงานจากบ้านในวันที่ 23-24 ม.ค.
B โรงเรียนในสังกัด กทม. 137 แห่ง ประกาศปิดเรียนชั่วคราว
B ผู้ว่าฯ กทม. ระบุว่า "สภาพอากาศนิ่ง ลมอ่อน ทำให้ฝุ่นสะสมสูง"
B ประชาชนควรสวมหน้ากาก N95 เมื่อออกนอกอาคาร
ot คุณภาพอากาศ กทม. ตอนนี้: AQI 168 มีผลกระทบต่อสุขภาพ
nw แอดไลน์ @bangkokwannee รับข่าวด่วนก่อนใคร
rl ข่าวที่เกี่ยวข้อง
+rl เชียงใหม่ฝุ่นพุ่ง ติดอันดับเมืองอากาศแย่ที่สุดในโลก
+rl สธ.เตือนกลุ่มเสี่ยง งดออกกำลังกายกลางแจ้ง
nv แท็ก: ฝุ่น PM2.5, กทม., มลพิษทางอากาศ
"""),

case("ar-001", "ar", "Egyptian news portal, new light-rail stations; masthead, menu and a currency/gold "
     "rates bar (markets ticker, crypto_ticker kind) on top; byline and stamp; ad label mid-story; "
     "read-also list, share line and rights line at the bottom.", """
nv بوابة النيل اليوم
+nv الرئيسية | أخبار مصر | اقتصاد | رياضة | حوادث | فن | محافظات
tk الدولار 48.62 جنيه | اليورو 52.90 جنيه | الذهب عيار 21: 3,915 جنيه
T بدء التشغيل التجريبي لـ3 محطات جديدة بالقطار الكهربائي الخفيف
ot كتب: محمود عبد الحليم
+ot الأحد، 15 فبراير 2026 11:20 ص
B أعلنت الهيئة القومية للأنفاق، اليوم الأحد، بدء التشغيل التجريبي لثلاث محطات جديدة على خط القطار الكهربائي الخفيف.
B وقالت الهيئة في بيان إن المحطات الجديدة تخدم نحو 60 ألف راكب يوميًا.
B وتعمل المحطات من السادسة صباحًا حتى العاشرة مساءً خلال الفترة التجريبية.
ot إعلان
B وأوضح البيان أن أسعار التذاكر تبدأ من 15 جنيهًا.
B وأضاف أن الهيئة ستعلن مواعيد التشغيل الكامل خلال الشهر المقبل.
rl اقرأ أيضًا
+rl تعرف على أسعار تذاكر المونوريل الجديدة
+rl محافظ الجيزة يتفقد أعمال رصف طريق الواحات
sh شارك الخبر على فيسبوك | واتساب | إكس
ds جميع الحقوق محفوظة لبوابة النيل اليوم 2026
"""),
]
