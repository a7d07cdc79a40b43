from make_cases import case

case("es-001", "Spanish regional politics: menu, byline, dateline, story with subheading and list, mid-story related teaser, newsletter pitch, comments prompt. No final newline.", """
nv|Portada · Comunidad · Provincia · Deportes · Opinión
T|El Cabildo de Lanzarote aprueba limitar los pisos turísticos en cinco municipios
ot|Elena Marrero · Arrecife · 21/04/2026 - 13:10h
B|ARRECIFE —
B|El pleno del Cabildo aprobó este martes una moratoria de dos años para nuevas licencias de vivienda vacacional en cinco municipios de la isla.
B|La medida salió adelante con 13 votos a favor y 10 en contra.
rl|Lee también: Los alquileres en Canarias suben un 11% en un año
B|Qué cambia
B|- No se concederán nuevas licencias hasta abril de 2028.
B|- Las viviendas ya registradas podrán seguir operando.
B|- Se reforzarán las inspecciones con ocho técnicos más.
B|La oposición anunció que recurrirá la decisión ante los tribunales.
nl|Recibe cada mañana las noticias de Lanzarote en tu correo. Apúntate gratis.
cm|Deja tu comentario
cm|Normas de participación
""", final_nl=False)

case("es-002", "Spanish crypto/finance portal: section label, byline, story with figures, ticker lines, promo, disclaimer, also-like block with stamps.", """
nv|Criptomonedas › Noticias
T|La CNMV registra el primer fondo español que invierte en ether
ot|Por Javier Oñate | 5 de marzo de 2026
B|La Comisión Nacional del Mercado de Valores ha inscrito el primer fondo de inversión español con exposición directa a ether.
B|El fondo, gestionado por Albora Capital, podrá invertir hasta el 10% de su patrimonio en la criptomoneda.
B|La comisión de gestión será del 1,35% anual.
B|La gestora prevé captar 40 millones de euros en su primer año.
tk|ETH 3.118,40 € +1,9%
+tk|BTC 65.402,11 € +0,7%
pr|Empieza a invertir en cripto desde 10 € con Cambix. Regístrate hoy.
dc|Ojo: este texto es periodístico, no una recomendación de compra. Invertir en criptoactivos puede hacerte perder todo tu capital.
rl|Otras lecturas de CriptoDiario
rl|Bit2Me amplía su licencia europea a Portugal
sh|Compartir
rl|CriptoDiario2026/03/05 10:12
""")

case("hard-es-001", "Hard: Spanish data-protection fine over cookie banners (quotes button wording); page carries a real cookie banner and a related block.", """
T|Protección de Datos multa a una cadena de supermercados por su banner de cookies
B|La Agencia Española de Protección de Datos ha multado con 180.000 euros a la cadena Supermercados Ribera por su aviso de cookies.
B|El banner solo ofrecía el botón «Aceptar y cerrar» en la primera capa.
B|Para rechazar las cookies había que hacer cinco clics.
B|La agencia recuerda que rechazar debe ser tan fácil como aceptar.
B|La empresa ha anunciado que recurrirá la sanción.
rl|Más noticias de Tecnología
+rl|Bruselas abre consulta sobre la ley de servicios digitales
ck|Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada. Puedes aceptarlas todas o configurarlas.
+ck|Aceptar todas
+ck|Configurar
""")

case("pt-001", "Brazilian crypto page: menu, byline, story with list, one-line ticker, promo, disclaimer, 'leia mais' block. Trailing whitespace.", """
nv|Início | Mercados | Cripto | Tecnologia
T|Banco Central testa pagamento de títulos públicos com real digital
ot|Por Camila Azevedo — 14/04/2026 11h20
B|O Banco Central concluiu a primeira liquidação de títulos públicos usando a plataforma do real digital, o Drex.
B|Participaram do teste:
B|três bancos grandes;
B|duas cooperativas de crédito;
B|uma corretora de valores.
B|Segundo o BC, a operação foi liquidada em menos de dez segundos.
tk|Bitcoin LogoBitcoin Preço(BTC)R$ 372.540R$ 372.540+1,12%BRL
pr|Abra sua conta na Cripzo e ganhe R$ 25 em bitcoin no primeiro depósito.
dc|Este conteúdo tem caráter informativo e não constitui recomendação de investimento.
rl|Leia mais
+rl|Stablecoins já movimentam mais que cartões no Pix internacional
""", ws=True)

case("hard-pt-001", "Hard: Brazilian regulator on finfluencer disclaimers (quotes the 'not an investment recommendation' notice); page carries a real disclaimer and a share bar.", """
sh|Compartilhar: WhatsApp · Telegram · X
T|CVM diz que aviso 'não é recomendação' não livra influenciador de punição
B|A Comissão de Valores Mobiliários afirmou que influenciadores que indicam ações não escapam de punição só por publicar um aviso.
B|Muitos vídeos terminam com a frase: "Isto não é recomendação de investimento."
B|Para a CVM, o que importa é o conteúdo: se há indicação de compra, é preciso ter registro de analista.
B|A autarquia abriu 14 processos contra perfis com mais de 100 mil seguidores neste ano.
B|As multas podem chegar a R$ 50 milhões.
dc|As informações desta matéria não constituem recomendação de compra ou venda de ativos. Consulte um profissional certificado.
ot|Publicidade
rl|Veja também: Tesouro Direto bate recorde de investidores
""")

case("de-001", "German regional news, CRLF: skip link, breadcrumb, Plus label, byline, dateline, bullet list, ad label mid-story, reader comments prompt, related links.", """
nv|Zum Inhalt springen
nv|Filstal-Bote › Lokales › Göppingen
T|Göppingen: Freibad öffnet nach zwei Jahren Sanierung wieder
ot|Von Sabine Wörner · 12.05.2026, 16:34 Uhr
B|GÖPPINGEN.
C|Blick auf das neue Edelstahlbecken in Faurndau. Foto: Stadt Göppingen/Tim Räuber
B|Das Freibad im Stadtteil Faurndau öffnet am 24. Mai nach zweijähriger Sanierung wieder.
B|Die Stadt hat rund 9,8 Millionen Euro investiert.
ot|Anzeige
B|Das ist neu:
B|• ein Edelstahlbecken mit 50-Meter-Bahnen
B|• ein Kleinkinderbereich mit Sonnensegel
B|• eine Solaranlage auf dem Kassengebäude
B|Die Tageskarte kostet künftig 5 Euro für Erwachsene.
cm|18 Leserstimmen – Ihre Meinung ist gefragt
rl|Mehr aus dem Filstal für Sie ausgewählt
+rl|Radweg an der B10 wird im Sommer gesperrt
""", crlf=True)

case("de-002", "German markets page: index quote box, category nav, DAX report with list of movers, reporter credit, agency credit, disclaimer, related list.", """
tk|DAX 22.814 +0,62% | MDAX 27.105 +0,18% | Euro Stoxx 50 5.402 +0,44% | EUR/USD 1,0893
nv|Börse · Aktien · Fonds · ETF · Krypto
T|DAX steigt auf Rekordhoch – Autowerte gefragt
B|Der Deutsche Aktienindex hat am Donnerstag ein neues Rekordhoch erreicht.
B|Am Nachmittag lag der DAX 0,6 Prozent im Plus bei 22.814 Punkten.
B|Gewinner des Tages:
B|Kessler Motoren +4,1%
B|Brandt Chemie +2,7%
B|Größter Verlierer war der Versorger Nordwatt mit einem Minus von 1,9 Prozent.
B|Händler verwiesen auf gute Absatzzahlen aus China.
at|Mit Material von dpx
dc|Alle Kursangaben ohne Gewähr. Keine Anlageberatung.
rl|Meistgelesen
+rl|Ölpreis fällt auf Drei-Monats-Tief
+rl|Bundesbank senkt Wachstumsprognose
""")

case("hard-de-001", "Hard: German story about newspaper paywalls and plus subscriptions (quotes paywall wording); page carries a real paywall meter, subscription offer and newsletter box.", """
T|Studie: Jeder fünfte Deutsche zahlt für Online-Nachrichten
B|Knapp 21 Prozent der Deutschen haben im vergangenen Jahr für Online-Nachrichten bezahlt, ergab eine Umfrage der Hochschule Lindau.
B|Die meisten stoßen auf Bezahlschranken mit Hinweisen wie „Weiterlesen mit Plus“.
B|Am häufigsten werden Abos von Regionalzeitungen abgeschlossen.
B|Viele kündigen jedoch nach dem günstigen Probemonat.
B|Die Forscher empfehlen günstigere Familienabos.
ot|Sie lesen einen von 3 kostenlosen Artikeln in diesem Monat.
ot|Jetzt 4 Wochen für 0,99 € testen – jederzeit kündbar.
nl|Der Medien-Newsletter: jeden Montag kostenlos in Ihr Postfach.
""")

case("fr-001", "French festival story: menu, byline, photo caption with credit, programme list, share icons, tags, most-read list. Trailing whitespace.", """
nv|L'Écho du Rhône ▸ Culture ▸ Expositions
T|À Arles, le festival de photographie mise sur les jeunes auteurs
ot|Par Mathilde Roux | Publié le 2 juillet 2026 à 08h15
C|L'exposition « Marées basses » à l'église des Frères-Prêcheurs. (Photo : Julien Ferrand)
B|La nouvelle édition du festival ouvre lundi avec 38 expositions dans toute la ville.
B|Près de la moitié des photographes présentés ont moins de 30 ans.
B|Au programme :
ot|Publicité
B|- une exposition sur les ouvriers du sel de Camargue ;
B|- des portraits de bergers des Alpilles ;
B|- une nuit de projections au théâtre antique.
B|Le festival attend 150 000 visiteurs jusqu'au 27 septembre.
sh|Partager cet article ↗ FB · X · Courriel
nv|Mots-clés : Arles, photographie, festival
rl|Les plus lus
+rl|Canicule : la Provence en vigilance orange
""", ws=True)

case("hard-fr-001", "Hard: French story on 'recommended articles' algorithms at news sites (quotes widget labels); page carries a real recommended block and a consent line.", """
ck|En poursuivant votre navigation, vous acceptez le dépôt de traceurs pour mesurer l'audience. Paramétrer
T|Les blocs « Articles recommandés » poussent-ils au sensationnalisme ?
B|Une étude de l'université de Nantes montre que les blocs de recommandations des sites d'information favorisent les faits divers.
B|Les chercheurs ont relevé les encadrés « À lire aussi » et « Recommandé pour vous » de 25 médias pendant trois mois.
B|Les faits divers y occupaient 41 % des liens, contre 18 % en une.
B|Les éditeurs répondent que ces blocs reflètent simplement les clics.
B|Les auteurs proposent d'afficher le critère de recommandation.
rl|Recommandé pour vous
+rl|Un chauffeur de bus rend 12 000 euros trouvés sur un siège
+rl|Cette commune interdit les tondeuses le dimanche
""")

case("it-001", "Italian football report, single newlines: live-score ticker, short score lines kept, reporter, share, comments, tags.", """
ot|Risultati live: Verona 1-1 Lecce · Monza 0-2 Bologna
B|Torino 2 (Vlašić 33', Zapata 67')
B|Cagliari 0
B|Il Torino torna a vincere in casa dopo un mese.
B|Vlašić ha aperto le marcature con un sinistro da fuori area.
B|Zapata ha chiuso la partita di testa su cross di Bellanova.
B|"Abbiamo giocato da squadra," ha detto l'allenatore a fine gara.
ot|di Luca Ferrandi
sh|Condividi
cm|Commenti (23)
nv|Tag: Serie A, Torino, Cagliari
""", nl="single")

case("it-002", "Italian crypto portal: header, byline, story, squashed ticker, promo, disclaimer, related with stamps.", """
ot|CriptoGiornale
T|Consob avverte: 14 siti abusivi promuovono investimenti in cripto
ot|Redazione · 9 aprile 2026
B|La Consob ha ordinato l'oscuramento di 14 siti che offrivano investimenti in criptovalute senza autorizzazione.
B|Sale così a oltre 1.400 il numero di siti bloccati dal 2019.
B|L'autorità invita i risparmiatori a controllare sempre gli elenchi ufficiali.
B|Molti siti usavano falsi articoli con volti noti della televisione.
tk|Bitcoin LogoBitcoin Prezzo(BTC)€63.120€63.120-0,84%EUR
pr|Vuoi far conoscere il tuo progetto crypto? Scopri i pacchetti pubblicitari di CriptoGiornale.
dc|Avvertenza: gli articoli pubblicati non costituiscono consulenza finanziaria. Investire in criptovalute comporta rischi elevati.
rl|Altre notizie dal mondo cripto scelte per te
rl|Ethereum, le commissioni scendono ai minimi
rl|Ethereum, le commissioni scendono ai minimi
rl|CriptoGiornale2026/04/09 07:44
""")

case("ru-001", "Russian science news: menu, byline, story with numbered facts, subscribe-to-channel prompt, extra blank lines, tags, related list, copyright.", """
nv|Главная | Наука | Технологии | Космос
T|Сибирские учёные вырастили кристаллы для лазеров в невесомости
ot|Анна Корнилова, 14 марта 2026, 10:05
B|Новосибирские физики получили первые результаты эксперимента по выращиванию оптических кристаллов на орбите.
B|Кристаллы провели на станции 46 суток.
B|Главное:
B|1. Дефектов в кристаллах оказалось втрое меньше, чем в земных образцах.
rl|Читайте также: Как устроена лаборатория на МКС
B|2. Их планируют использовать в медицинских лазерах.
B|3. Следующий эксперимент намечен на осень.
~
nl|Подписывайтесь на наш канал в Telegram — там новости науки раньше всех
nv|Теги: физика, космос, Новосибирск
rl|Читайте также
+rl|На Байкале запустили новый нейтринный телескоп
dc|© 2026 НаукаСиб. Использование материалов возможно только с активной ссылкой на источник.
""")

case("uk-001", "Ukrainian energy/weather story: menu, stamp, story with schedule lines kept, share bar, donation appeal, related. No final newline.", """
nv|Новини | Економіка | Регіони | Спорт
T|У Києві через морози запровадять графіки відключень на вихідних
ot|18 січня 2026, 09:40
B|Через сильні морози енергетики запровадять графіки відключень світла в Києві у суботу та неділю.
B|Температура вночі може опуститися до мінус 22 градусів.
B|Графік на суботу:
B|07:00–11:00 — черга 1
B|11:00–15:00 — черга 2
B|15:00–19:00 — черга 3
B|У ДТЕК просять не вмикати одночасно кілька потужних приладів.
sh|Поділитися
ot|Підтримайте незалежну журналістику — станьте нашим патроном
rl|Читайте також: Укренерго повідомило про ремонт двох енергоблоків
""", final_nl=False)

case("tr-001", "Turkish currency/crypto box page: market strip, menu, story on lira and bitcoin, one-line ticker, promo, SPK-style disclaimer, related.", """
tk|DOLAR 38,41 ▲0,12 | EURO 41,77 ▲0,20 | ALTIN 3.712 ▼0,4 | BIST 100 9.845 ▲1,1
nv|Anasayfa | Ekonomi | Kripto | Borsa
T|Türk yatırımcıların kripto işlem hacmi şubatta yüzde 18 arttı
ot|Mert Aydın | 03.03.2026 - 12:15
B|Türkiye'deki kripto para borsalarında şubat ayında işlem hacmi bir önceki aya göre yüzde 18 arttı.
B|Hacmin yarıdan fazlası stablecoin işlemlerinden oluştu.
B|Uzmanlar, liradaki değer kaybının stablecoin talebini artırdığını söylüyor.
B|SPK'nın lisans süreci devam ediyor.
pr|KriptoPara'da ilk alımına özel komisyonsuz işlem fırsatı!
dc|Not: Bu haber bilgi amaçlıdır; KriptoPara okurlarına al-sat önerisi sunmaz.
rl|İlgili Haberler
+rl|Merkez Bankası faiz kararını açıkladı
""")

case("pl-001", "Polish local news, CRLF: header nav, byline, dateline, story with short list, ad label, newsletter, comments count, related.", """
nv|Wiadomości | Sport | Kultura | Ogłoszenia
ot|Katarzyna Lewandowska | 7 maja 2026, 11:20
B|TORUŃ.
B|Nowa linia tramwajowa na osiedle Jar zostanie otwarta 1 czerwca, dwa miesiące przed terminem.
B|Najważniejsze informacje:
B|- długość trasy: 3,2 km;
B|- cztery nowe przystanki;
B|- tramwaje co 10 minut w szczycie.
ot|REKLAMA
B|Koszt inwestycji wyniósł 186 mln zł.
nl|Zapisz się na nasz newsletter i bądź na bieżąco z Toruniem.
cm|Komentarze (41)
rl|Zobacz także: Most drogowy zamknięty na weekend
""", crlf=True)

case("nl-001", "Dutch health story: cookie wall at top, menu, byline, story with Q/A lines kept, share icons, related list.", """
ck|Wij en onze partners gebruiken cookies om de site te laten werken en advertenties te tonen. Klik op Akkoord om verder te gaan.
+ck|Akkoord
+ck|Instellingen
nv|Nieuws | Gezondheid | Regio | Sport
T|Huisartsen in Utrecht testen avondspreekuur via video
ot|Door Femke de Boer · 19 februari 2026
B|Twaalf huisartsenpraktijken in Utrecht bieden vanaf maart een avondspreekuur via video aan.
B|Vraag: Voor wie is het bedoeld?
B|Antwoord: Voor patiënten met korte vragen die overdag niet kunnen bellen.
B|Vraag: Kost het extra?
B|Antwoord: Nee, het valt onder de basisverzekering.
B|De proef duurt een half jaar.
sh|Delen via WhatsApp | Facebook | LinkedIn
rl|Meer over gezondheid
+rl|Griepgolf voorbij, zegt RIVM
""")
