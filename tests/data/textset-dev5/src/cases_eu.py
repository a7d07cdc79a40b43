from make_cases import case

CASES = []
A = CASES.append

# ---------------------------------------------------------------- es
A(case("es-001", "es", "Mexican crypto media: stablecoin remittances; doubled dek on line 1, nav; ticker in MXN, exchange promo with referral code, disclaimer and related teasers at bottom.", """
du|Las remesas en dólares digitales ya superan el 6% del total.Las remesas en dólares digitales ya superan el 6% del total.
nv|Inicio › Noticias › Adopción
T|Las remesas en stablecoins crecen 180% en el corredor Estados Unidos-México
ot|Por Valeria Ibarra | 11 de marzo de 2026
B|CIUDAD DE MÉXICO.-
B|El envío de remesas mediante monedas estables creció 180% en 2025 en el corredor entre Estados Unidos y México, según un informe de la consultora Puente Datos.
B|El volumen llegó a 4.300 millones de dólares, frente a los 1.540 millones del año anterior.
B|El costo promedio de un envío de 200 dólares fue de 1,9 dólares con stablecoins, contra 8,4 dólares en una casa de cambio tradicional.
B|"Los migrantes ya no preguntan qué es USDC, preguntan cuánto cobra la app", dijo Rocío Landa, autora del estudio.
B|Jalisco, Michoacán y Guanajuato concentran la mitad de los envíos.
tk|USDT/MXN $17,42 ▲0,3% · BTC/MXN $1.689.400 ▲1,1% · ETH/MXN $66.080 ▼0,2%
pr|Abre tu cuenta en Cambiacripto con el código AZTECA20 y recibe 200 pesos en tu primera compra.
di|Este contenido es informativo y no constituye asesoría financiera. Las criptomonedas son volátiles; invierte solo lo que puedas permitirte perder.
rl|Te puede interesar
rl|¿Qué pasa con el peso si la Fed recorta tasas en junio?
rl|Bitso, Lemon y otras apps: cuánto cobran por enviar dólares
"""))

A(case("es-002", "es", "Argentine finance portal, no final newline: blue-chip dollar and bonds; noise only at the bottom (share bar, tags, comments prompt, newsletter).", """
T|El dólar blue cae a $1.185 y los bonos en dólares suben hasta 3%
B|BUENOS AIRES.- El dólar blue bajó 20 pesos este jueves y cerró a $1.185 para la venta, su menor valor en seis semanas.
B|El dólar MEP operó a $1.162 y el contado con liquidación a $1.171, con lo que la brecha con el oficial se redujo al 4,8%.
B|Los bonos soberanos en dólares avanzaron hasta 3%, liderados por el Global 2035.
B|El riesgo país cayó a 612 puntos básicos.
B|"El mercado empieza a descontar el acuerdo con el FMI", señaló el economista Martín Gorostiaga.
B|En la Bolsa porteña, el S&P Merval subió 2,1% en pesos.
sh|Compartir en WhatsApp
sh|Compartir en X
nv|Temas: Dólar blue · Riesgo país · Bonos
cm|Comentá esta nota
nl|Recibí el resumen de mercados cada mañana en tu correo. Suscribite gratis.""", final_nl=False))

A(case("hard-es-001", "es", "Hard: story about Spain's CNMV rules for crypto ads, quoting the mandatory warning text and the font-size rule (story). The page ends with its own real crypto risk warning, an exchange ad label and promo, and a cookie banner.", """
ck|Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada. Puedes aceptarlas o configurarlas.
+ck|Aceptar
+ck|Configurar
T|La CNMV multa a dos exchanges por esconder el aviso de riesgo en sus anuncios
ot|Lucía Monteverde · Madrid · 20/02/2026
B|La Comisión Nacional del Mercado de Valores (CNMV) ha impuesto multas de 300.000 y 180.000 euros a dos plataformas de criptomonedas por anuncios que no mostraban el aviso de riesgo obligatorio de forma visible.
B|La normativa exige que toda publicidad incluya esta frase:
B|"La inversión en criptoactivos no está regulada, puede no ser adecuada para inversores minoristas y perderse la totalidad del importe invertido."
B|El aviso debe ocupar al menos la misma superficie que el texto promocional.
B|En uno de los anuncios sancionados, el eslogan "Gana hasta un 12% anual con tu bitcoin" aparecía en letra grande, mientras el aviso se mostraba en la última pantalla de un vídeo de 30 segundos.
B|La CNMV recordó que ha revisado más de 2.400 anuncios desde 2022.
ot|Publicidad
pr|Compra bitcoin sin comisiones el primer mes en Monedalia. Regístrate ahora.
di|Advertencia: Las criptomonedas son activos de alto riesgo. Esta noticia no es una recomendación de inversión y el medio no se responsabiliza de las decisiones tomadas a partir de ella.
"""))

# ---------------------------------------------------------------- pt
A(case("pt-001", "pt", "Brazilian finance portal: Ibovespa and Selic expectations; trailing whitespace; ticker and breadcrumb on top; photo caption; 'Leia também' mid-story; WhatsApp channel pitch, tags and share at bottom.", """
tk|IBOV 131.402 pts ▲0,9% | DÓLAR R$ 5,41 ▼0,6% | EURO R$ 5,88 | BTC R$ 528.300{sp}
nv|Início > Mercados > Ações{tab}
T|Ibovespa sobe 0,9% com aposta em corte da Selic; dólar cai a R$ 5,41
ot|Por Gabriela Tavares — São Paulo, 18/03/2026 17h32{nbsp}
C|Painel de cotações na sede da bolsa, no centro de São Paulo (Foto: Renan Lobo/Acervo)
B|O Ibovespa fechou em alta de 0,9% nesta quarta-feira, aos 131.402 pontos, impulsionado por bancos e varejistas.
B|O dólar à vista recuou 0,6%, a R$ 5,41.
rl|Leia também: Tesouro Direto: taxas dos prefixados caem pelo terceiro dia
B|Os juros futuros caíram em toda a curva depois que a ata do Copom indicou espaço para um corte de 0,5 ponto na Selic em maio.
B|"O mercado passou a precificar 100 pontos de corte até julho", disse Henrique Saraiva, economista-chefe da Almeida Asset.
B|Entre os destaques, as ações do Banco Serrano subiram 3,7% e as da varejista Casa Pampa, 5,2%.{sp}
nl|Entre no canal do Mercado Hoje no WhatsApp e receba as principais notícias do dia
nv|Tópicos: Ibovespa, Selic, Dólar
sh|Compartilhe:  WhatsApp  Facebook  X  LinkedIn{sp}
"""))

A(case("pt-002", "pt", "Brazilian crypto media: Pix integration at an exchange; nav and gas widget on top; exchange promo, app prompt, disclaimer and a 'Mais lidas' list at bottom; single and double newlines mixed.", """
nv|Notícias | Análises | Cotações | Aprenda
tk|Taxa de gás ETH: 11 gwei (R$ 3,10 por transferência)
T|Corretora integra Pix a carteira de stablecoin e atrai 400 mil usuários em um mês
ot|Thiago Medeiros | 02/04/2026
B|A corretora Cripta Sul afirma ter conquistado 400 mil novos usuários em março depois de permitir que clientes comprem e vendam a stablecoin BRLX diretamente pelo Pix.
B|As transações levam em média 9 segundos e custam 0,25%.
B|O Banco Central acompanha o produto dentro das novas regras para prestadoras de serviços de ativos virtuais, em vigor desde fevereiro.
B|"O usuário nem percebe que está usando blockchain", disse o cofundador Paulo Rezende.
B|A BRLX tem hoje R$ 1,1 bilhão em circulação.
pr|Ganhe R$ 50 em bitcoin ao fazer seu primeiro depósito via Pix na Cripta Sul*
+pr|*Oferta válida para novos cadastros até 30/04.
nv|Baixe o app e acompanhe as cotações em tempo real
di|Aviso: este conteúdo não é recomendação de investimento. Criptoativos envolvem riscos e podem gerar perdas.
rl|Mais lidas
+rl|1. Receita muda regras de declaração de cripto em 2026
+rl|2. Bitcoin volta a R$ 530 mil: o que explica a alta
+rl|3. Drex: o que muda para quem usa Pix
"""))

A(case("hard-pt-001", "pt", "Hard: story about a crypto pyramid scheme built on referral bonuses; quotes the scheme's slogans and lists payout levels (story). The page carries its own real referral promo, a WhatsApp/Telegram pitch and a disclaimer.", """
nv|CriptoFácil > Golpes
T|Polícia Federal desarticula pirâmide que prometia 30% ao mês por indicação de amigos
ot|Redação CriptoFácil — 09/03/2026
B|A Polícia Federal deflagrou nesta segunda-feira uma operação contra a plataforma BitLucro, suspeita de operar uma pirâmide financeira com criptomoedas que teria lesado 62 mil pessoas.
B|O material de divulgação prometia: "Indique 3 amigos e ganhe 30% ao mês, sem risco."
B|A estrutura de bônus era dividida em níveis:
B|Nível 1: 10% sobre o depósito de cada indicado
B|Nível 2: 5% sobre os indicados dos indicados
B|Nível 3: 2% sobre toda a rede abaixo
B|Segundo a PF, mais de 80% dos saques eram pagos com dinheiro de novos participantes.
B|O prejuízo estimado é de R$ 430 milhões.
pr|Convide amigos para a Moedabr e ganhe 20% das taxas deles. Use o código FACIL20.
nl|Siga o CriptoFácil no Telegram e no canal do WhatsApp para alertas de golpes
di|O CriptoFácil não se responsabiliza por decisões de investimento tomadas com base neste conteúdo.
"""))

# ---------------------------------------------------------------- de
A(case("de-001", "de", "German stock portal, CRLF file: DAX close; menu, index box and stamp on top; 'Anzeige' label in the middle; related, delayed-quote notice and cookie banner at bottom.", """
nv|Börsenblick  Aktien  Fonds  ETFs  Krypto  Devisen
tk|DAX 22.914,30 +0,74 % | MDAX 27.108,55 +0,31 % | EUR/USD 1,0872 | Bitcoin 89.640 €
T|DAX schließt auf Rekordhoch – Autowerte nach Zolleinigung gefragt
ot|24.03.2026, 17:45 Uhr | dpa-AFX / Börsenblick
B|FRANKFURT (Börsenblick) -
B|Der deutsche Leitindex hat am Dienstag ein Rekordhoch erreicht. Der DAX stieg um 0,74 Prozent auf 22.914,30 Punkte.
B|Gefragt waren vor allem Autowerte, nachdem sich die EU und die USA auf niedrigere Zölle für Fahrzeuge verständigt hatten.
ot|Anzeige
B|Die Aktien des Zulieferers Rendorf AG kletterten um 6,3 Prozent, die des Herstellers Wallmann Motoren um 4,1 Prozent.
B|„Die Einigung nimmt ein großes Risiko aus den Gewinnschätzungen“, sagte Analystin Katrin Oberholz von der Hanse Privatbank.
B|Der Euro gab leicht nach und kostete 1,0872 US-Dollar.
rl|Weitere Artikel aus dem Ressort Märkte
rl|Autozölle: Was die Einigung für Anleger bedeutet
rl|Fünf Dividendenaktien aus dem MDAX im Check
di|Kursdaten mindestens 15 Minuten verzögert. Alle Angaben ohne Gewähr.
ck|Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie dem zu.
+ck|Alle akzeptieren
+ck|Nur notwendige
""", crlf=True))

A(case("de-002", "de", "Austrian crypto broker blog: MiCA transition deadline; photo caption; author box at the bottom, share bar, newsletter pitch and risk notice.", """
nv|Kryptohafen Blog › Regulierung
T|MiCA-Übergangsfrist endet: Was Kunden österreichischer Krypto-Broker jetzt wissen müssen
C|Die Finanzmarktaufsicht in Wien prüft derzeit 14 Lizenzanträge. (Foto: Kryptohafen/Archiv)
B|WIEN –
B|Am 1. Juli endet die Übergangsfrist der EU-Verordnung MiCA für Krypto-Dienstleister in Österreich.
B|Anbieter ohne Lizenz müssen ihr Geschäft mit Kundinnen und Kunden in der EU dann einstellen.
B|Das ändert sich für Anleger
B|Kundengelder müssen getrennt vom Vermögen des Anbieters verwahrt werden.
B|Werbung muss einen klaren Hinweis auf das Verlustrisiko enthalten.
B|Beschwerden können künftig direkt bei der Finanzmarktaufsicht eingebracht werden.
B|Laut FMA haben bisher 6 Unternehmen eine Zulassung erhalten.
ot|Über die Autorin: Johanna Pichler schreibt seit 2019 über Kryptowährungen und Finanzmarktrecht. Sie lebt in Graz.
sh|Beitrag teilen: WhatsApp · LinkedIn · E-Mail
nl|Jeden Freitag das Wichtigste aus der Kryptowelt – jetzt den Kryptohafen-Newsletter abonnieren.
di|Risikohinweis: Der Handel mit Kryptowerten ist mit erheblichen Risiken verbunden und kann zum Totalverlust führen.
"""))

A(case("hard-de-001", "de", "Hard: story about BaFin warning over copy-trading ads, quoting the ad slogans and listing the promised returns (story). The page carries its own genuine copy-trading pitch, a share bar, extra blank lines and a risk warning.", """
nv|Startseite / Krypto / Regulierung
T|BaFin warnt vor Copy-Trading-Werbung: „Einfach die Profis kopieren“ sei irreführend
ot|Von Tobias Lindner | 05.02.2026
B|Die Finanzaufsicht BaFin hat Anbieter von Copy-Trading-Funktionen vor irreführender Werbung gewarnt.
B|In einer Aufsichtsmitteilung zitiert die Behörde Werbesprüche wie „Einfach die Profis kopieren – ganz ohne Vorwissen“ und „Lehn dich zurück, der Top-Trader handelt für dich“.
B|Beanstandet wurden auch Ranglisten mit angeblichen Renditen:
B|Trader A: +312 % in 90 Tagen
B|Trader B: +187 % in 30 Tagen
B|Trader C: +94 % in 7 Tagen
B|Solche Zahlen seien oft auf wenige Wochen mit hohem Hebel zurückzuführen und verschwiegen die Verluste der Nachahmer, so die BaFin.
B|Anbieter müssen künftig die durchschnittliche Rendite aller Kopierer ausweisen.
sh|Teilen
+sh|Facebook
+sh|X
+sh|Xing
~2
pr|Jetzt erfolgreiche Trader mit einem Klick kopieren – bei Kryptofix ab 20 Euro starten.
di|Hinweis: 74 % der Kleinanlegerkonten verlieren Geld beim Handel mit Hebelprodukten. Überlegen Sie, ob Sie es sich leisten können, Ihr Geld zu verlieren.
"""))

# ---------------------------------------------------------------- fr
A(case("fr-001", "fr", "French finance site: CAC 40 and luxury stocks; no top noise; 'Lire aussi' in the middle; extra blank lines, then 'Publié le' stamp, footer breadcrumb, newsletter, share and comment link at bottom.", """
T|Le CAC 40 recule de 1,1 %, plombé par le luxe après les ventes décevantes de Maison Arvel
B|La Bourse de Paris a terminé en baisse de 1,1 % mardi, à 7 812 points, pénalisée par le secteur du luxe.
B|Maison Arvel a chuté de 7,4 % après avoir annoncé un recul de 6 % de ses ventes au premier trimestre, en raison d'une demande plus faible en Chine.
rl|Lire aussi : Luxe : pourquoi la Chine ne fait plus rêver les investisseurs
B|Les autres valeurs du secteur ont suivi, entre -2 % et -4 %.
B|« Le marché attendait une stabilisation, il a eu une rechute », commente Aurélien Fabre, gérant chez Quai Conti Gestion.
B|L'euro s'échangeait à 1,0851 dollar.
~3
ot|Publié le 15/04/2026 à 18h02 · Mis à jour à 18h20
nv|Accueil > Marchés > Actions
nl|Recevez chaque soir la clôture des marchés dans votre boîte mail. Je m'inscris
sh|Partager sur Facebook · Partager sur X · Envoyer par e-mail
cm|Réagir à cet article (12)
"""))

A(case("hard-fr-001", "fr", "Hard: story about the AMF and influencers' 'partenariat rémunéré' labels on crypto promotions; quotes labels and promo captions (story). The page carries its own real 'Contenu sponsorisé' label with a sponsored exchange promo, a related block and a disclaimer.", """
nv|Cryptonaute.fr > Régulation
T|Influenceurs crypto : l'AMF épingle des « partenariats rémunérés » cachés en fin de vidéo
ot|Par Élodie Marchand, le 12 mars 2026
B|L'Autorité des marchés financiers a publié mardi un rapport sur 180 publications d'influenceurs faisant la promotion de plateformes crypto.
B|Dans 61 % des cas, la mention obligatoire « Partenariat rémunéré » n'apparaissait qu'à la fin de la vidéo ou dans la description.
B|Exemples de légendes relevées par le régulateur :
B|« Mon code promo LUNA30 = 30 € offerts, foncez 🚀 »
B|« Je ne suis pas payé, j'aime juste ce projet (#pub) »
B|L'AMF rappelle que la loi de 2023 impose un affichage clair et permanent de la mention pendant toute la durée du contenu.
B|Les sanctions peuvent aller jusqu'à deux ans d'emprisonnement et 300 000 euros d'amende.
ot|Contenu sponsorisé
pr|Achetez vos premiers euros de bitcoin sur Monnaio : 10 € offerts dès 100 € déposés.
rl|À lire également
rl|Prestataires crypto : la liste des agréés MiCA en France
di|Les informations publiées ne constituent pas un conseil en investissement. Investir dans les crypto-actifs comporte un risque de perte en capital.
"""))

# ---------------------------------------------------------------- it
A(case("it-001", "it", "Italian finance portal: FTSE MIB banks; trailing whitespace; noise only in the middle and at the bottom (advert label, inline 'Leggi anche', tags, share, comment prompt).", """
T|Piazza Affari chiude in rialzo dello 0,8%, corrono le banche dopo i conti trimestrali{sp}
B|MILANO -{sp}
B|Il Ftse Mib ha chiuso la seduta di giovedì in rialzo dello 0,8% a 38.214 punti, trainato dal comparto bancario.
ot|Pubblicità{tab}
B|Banca Lariana è salita del 4,6% dopo aver comunicato un utile trimestrale di 1,2 miliardi di euro, sopra le attese.
rl|Leggi anche: Btp, lo spread scende a 108 punti
B|Lo spread tra Btp e Bund si è ristretto a 108 punti base.{nbsp}
B|«I margini restano solidi nonostante il calo dei tassi», ha osservato Francesca Rinaldi di Sirio Sim.
nv|Argomenti: Borsa, banche, Ftse Mib{sp}
sh|Condividi su WhatsApp · Facebook · X
cm|Lascia un commento
"""))

A(case("it-002", "it", "Italian crypto blog: bitcoin miners in Italy; doubled dek on line 1; squashed ticker, exchange promo, Telegram pitch, related list with doubled teasers and stamps at bottom.", """
du|Il costo dell'energia resta il primo ostacolo.Il costo dell'energia resta il primo ostacolo.
T|Mining di bitcoin in Italia: tre impianti idroelettrici in Trentino riaprono ai miner
ot|Redazione Criptovaluta Oggi · 27 marzo 2026
B|Tre piccole centrali idroelettriche in Trentino hanno firmato contratti con società di mining per vendere l'energia in eccesso durante i mesi di disgelo.
B|Il prezzo concordato è di 4,8 centesimi per kilowattora.
B|Gli impianti ospiteranno circa 2.400 macchine, per una potenza totale di 8 megawatt.
B|«Senza questi contratti, in primavera l'acqua finirebbe in gran parte sprecata», ha detto Marco Zanoni, presidente del consorzio.
tk|Bitcoin(BTC)€89.640,12€89.640,12+0,62%EUR
pr|Compra Bitcoin su Moneta+ con zero commissioni per 30 giorni. Iscriviti ora!
nl|Unisciti al nostro canale Telegram per le notizie crypto in tempo reale
rl|Potrebbe interessarti
rl|Halving 2028: quanto guadagneranno i miner?
rl|Halving 2028: quanto guadagneranno i miner?
rl|Criptovaluta Oggi2026/03/26 18:02
rl|Ethereum: cosa cambia con il prossimo aggiornamento
rl|Ethereum: cosa cambia con il prossimo aggiornamento
rl|Criptovaluta Oggi2026/03/25 09:47
"""))

# ---------------------------------------------------------------- ru / uk
A(case("ru-001", "ru", "Russian finance portal, single-newline file: rouble and oil; index strip and menu on top; source line, Telegram pitch, related news and reprint notice (attribution) at bottom.", """
nv|Главная  Рынки  Валюты  Крипто  Недвижимость
tk|IMOEX 2 914,5 −0,8% | USD/RUB 84,12 | EUR/RUB 91,40 | Brent $78,4
T|Рубль ослаб до 84 за доллар на фоне падения нефти
ot|24 марта 2026, 18:10
B|Курс доллара на внебиржевом рынке вырос до 84,12 рубля, максимума с начала февраля.
B|Нефть марки Brent подешевела на 1,1%, до 78,4 доллара за баррель.
B|Индекс Мосбиржи снизился на 0,8%, до 2914,5 пункта.
B|Аналитики связывают ослабление рубля с сокращением продаж валюты экспортёрами после налогового периода.
B|«До конца квартала курс, скорее всего, останется в коридоре 82–86 рублей», — считает аналитик Ольга Серебрякова.
at|Источник: ФинПульс
nl|Подписывайтесь на наш Telegram-канал — главные новости рынков за 5 минут
rl|Читайте также
rl|ЦБ сохранил ключевую ставку: что будет с вкладами
at|Перепечатка материалов допускается только с активной ссылкой на источник.
""", nl="single"))

A(case("hard-ru-001", "ru", "Hard: story about Telegram pump channels; quotes pump posts and lists price moves (story). The page carries its own real Telegram/VK channel pitch, a ticker and a not-advice disclaimer.", """
tk|BTC $96 880 +1,1% · ETH $3 790 +0,4% · TON $5,12 −2,6%
T|«Памп через 5 минут»: как телеграм-каналы разгоняют мелкие монеты
ot|Артём Волков | 3 апреля 2026
B|Исследователи компании ЧейнСкан проанализировали 40 телеграм-каналов, которые организуют так называемые «пампы» криптовалют.
B|Типичный сигнал выглядит так:
B|«🚀 ПАМП через 5 минут! Монета — в закрепе. Цель х5, не продаём до команды!»
B|Динамика типичного пампа:
B|+180% за первые 2 минуты
B|−70% через 15 минут
B|−90% через сутки
B|По оценке ЧейнСкан, организаторы заработали за март около 6 млн долларов, продавая монеты участникам.
B|«Последним в пампе всегда оказывается подписчик», — говорит аналитик Денис Шаров.
nl|Наш канал в Telegram: разборы рынка без инфоцыган. Подписаться
nl|Мы ВКонтакте — обсуждаем новости в комментариях
di|Материал не является индивидуальной инвестиционной рекомендацией.
"""))

A(case("uk-001", "uk", "Ukrainian crypto media: hryvnia and NBU crypto bill; noise only at the bottom (tags, share, disclaimer, related).", """
T|Рада ухвалила в першому читанні законопроєкт про оподаткування криптовалют
B|КИЇВ —
B|Верховна Рада ухвалила в першому читанні законопроєкт, який запроваджує податок на дохід від операцій з віртуальними активами.
B|Ставка податку становитиме 18% плюс 5% військового збору.
B|Для першого року дії закону передбачена пільгова ставка 5% на дохід від обміну криптовалюти на гривню.
B|За оцінками Мінцифри, українці тримають у криптовалюті активи на понад 10 млрд доларів.
B|«Ми виводимо ринок із тіні», — заявила голова профільного комітету Оксана Гнатюк.
nv|Теги: податки, криптовалюта, Верховна Рада
sh|Поділитися: Telegram · Facebook · Viber
di|Матеріал має інформаційний характер і не є інвестиційною порадою.
rl|Читайте також
rl|Курс гривні: НБУ послабив офіційний курс до 41,6
"""))

# ---------------------------------------------------------------- tr / pl / nl
A(case("tr-001", "tr", "Turkish finance portal, no final newline: BIST 100 and lira; index strip and breadcrumb on top; related, share, KVKK cookie banner and investment-advice warning at bottom.", """
tk|BIST 100 10.214,66 %+1,2 | USD/TRY 38,42 | EUR/TRY 41,75 | Gram Altın 3.612 TL
nv|Anasayfa > Piyasalar > Borsa
T|Borsa İstanbul günü yüzde 1,2 yükselişle tamamladı, bankacılık endeksi öne çıktı
ot|24.03.2026 18:25
B|BIST 100 endeksi günü yüzde 1,2 artışla 10.214,66 puandan tamamladı.
B|Bankacılık endeksi yüzde 3,1 değer kazanırken holding endeksi yüzde 0,9 yükseldi.
B|Dolar/TL 38,42 seviyesinden işlem gördü.
B|Analist Emre Karataş, "10.300 puan kısa vadede direnç olarak izleniyor" dedi.
rl|İlgili Haberler
rl|Merkez Bankası rezervleri 8 haftadır artıyor
sh|Paylaş: X | Facebook | WhatsApp
di|Burada yer alan bilgiler yatırım danışmanlığı kapsamında değildir.
ck|Sitemizde KVKK kapsamında çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz. Tamam""", final_nl=False))

A(case("tr-002", "tr", "Turkish crypto exchange news page: SPK licensing; noise at top, middle and bottom (app prompt, promo, 'Bunu da okuyun' teaser, disclaimer, referral code).", """
nv|Kriptoliman Haber | Piyasa | Akademi | Kampanyalar
pr|Yeni üyelere özel: İlk işlemde 250 TL değerinde USDT hediye!
T|SPK lisans listesini güncelledi: 9 kripto platformu faaliyet izni aldı
B|Sermaye Piyasası Kurulu (SPK), kripto varlık hizmet sağlayıcılarına ilişkin listeyi güncelledi.
B|Buna göre 9 platform faaliyet izni alırken, 38 platformun başvurusu değerlendirmede.
rl|Bunu da okuyun: Kripto işlemlerinde vergi düzenlemesi ertelendi mi?
B|İzin alamayan platformların 30 gün içinde Türkiye'deki kullanıcılarına varlıklarını iade etmesi gerekiyor.
B|SPK Başkanı Levent Aydoğan, "Kullanıcı varlıklarının güvenliği önceliğimiz" dedi.
nv|Kriptoliman uygulamasını indirin, fiyat alarmı kurun
pr|Davet kodun KRP2026 ile arkadaşını getir, ikiniz de komisyon indirimi kazanın.
di|Kripto varlıklar yüksek risk içerir. Bu içerik yatırım tavsiyesi değildir.
"""))

A(case("pl-001", "pl", "Polish finance portal: WIG20 and złoty; noise only at the top (nav, index strip, stamp, listen prompt); trailing whitespace.", """
nv|Strona główna » Giełda » Komentarze{sp}
tk|WIG20 2 512,84 +0,6% | WIG 89 401,22 +0,4% | EUR/PLN 4,2811 | USD/PLN 3,9420{tab}
ot|24.03.2026, 17:20{nbsp}
ot|Posłuchaj artykułu (3 min){sp}
T|WIG20 rośnie czwartą sesję z rzędu, złoty najmocniejszy od 2018 r.
B|Indeks WIG20 zyskał we wtorek 0,6%, do 2512,84 pkt, i zanotował czwarty z rzędu wzrost.{sp}
B|Najmocniej drożały akcje spółek energetycznych, m.in. Energa Północ (+3,9%).
B|Kurs euro spadł do 4,2811 zł, najniższego poziomu od 2018 roku.
B|„Napływ kapitału zagranicznego wspiera zarówno akcje, jak i złotego” – ocenił ekonomista Paweł Dudek z Domu Maklerskiego Wisła.
B|Obroty na GPW wyniosły 1,6 mld zł.
"""))

A(case("nl-001", "nl", "Dutch crypto/finance site: AEX and a Dutch crypto broker's results; nav and ticker on top; extra blank lines; 'Lees ook' list, newsletter, cookie banner at bottom.", """
nv|Home · Beurs · Crypto · Sparen · Podcast
tk|AEX 912,44 +0,5% | BTC € 89.640 +0,6% | ETH € 3.505 -0,1%
T|Cryptobroker Muntwerf verdubbelt winst dankzij handelsvolume in eerste kwartaal
ot|Door Sanne de Wit · 15 april 2026
B|AMSTERDAM -
B|De Nederlandse cryptobroker Muntwerf heeft in het eerste kwartaal een nettowinst van 48 miljoen euro geboekt, ruim het dubbele van een jaar eerder.
B|Het handelsvolume steeg naar 22 miljard euro.
B|Het aantal actieve klanten groeide met 310.000 tot 2,4 miljoen.
B|Topman Joris Verbeek zei dat de winst "sterk afhankelijk blijft van de koers van bitcoin".
B|De AEX sloot 0,5 procent hoger op 912,44 punten.
~4
rl|Lees ook
+rl|Belastingdienst krijgt vanaf 2026 gegevens van cryptobrokers
+rl|Wat betekent MiCA voor je crypto bij een Nederlandse broker?
nl|Schrijf je in voor de dagelijkse beursnieuwsbrief
ck|Wij gebruiken cookies voor statistieken en advertenties. Akkoord? Je kunt je keuze later aanpassen.
+ck|Akkoord
+ck|Weigeren
"""))
