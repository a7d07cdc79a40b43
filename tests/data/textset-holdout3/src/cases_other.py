# Cases in other languages.
CASES = []
A = CASES.append

A(dict(id="ja-001", lang="ja", notes="Japanese portal: cherry blossom forecast with city date list kept as body, provider credit, related articles, comment count, share buttons, footer", text="""
T|桜の開花予想、東京は3月19日　平年より5日早く
B|民間気象会社「ウェザーライン」は12日、今年2回目の桜の開花予想を発表した。
B|東京の開花は3月19日と、平年より5日早い見込み。
B|主な都市の予想：
B|福岡　3月18日
B|名古屋　3月21日
B|仙台　4月3日
B|札幌　4月26日
B|担当者は「2月後半の気温次第で、さらに早まる可能性がある」と話している。
ot|2/12(木) 11:40配信
at|提供：東邦ニュース
rl|関連記事
rl+|今週末は春の陽気　最高気温20度予想も
cm|コメント 214件
sb|ポスト　シェア　LINEで送る
ot|© Toho News Digital
"""))

A(dict(id="hard-ja-001", lang="ja", hard=True, notes="hard: a news portal closes comments on some articles; the story quotes its closure notice; the page also has a real comment count, comment policy line and post button", text="""
nv|ITニュース
T|大手ポータル、事件記事のコメント欄を閉鎖へ　誹謗中傷対策で
ot|記者：森田さやか
B|ニュースポータル「ミライニュース」は、事件・事故に関する記事のコメント欄を3月から閉鎖すると発表した。
B|対象の記事には、次の文言が表示される。
B|「この記事のコメント欄は閉鎖されています」
B|同社によると、削除したコメントの約6割が事件関連の記事に集中していた。
B|一方で、利用者からは「議論の場がなくなる」との声も上がっている。
cm|コメント（58）
cm+|投稿ルールを守ってコメントしてください
cm+|コメントを書く
rl|アクセスランキング
rl+|1. 新型スマホ、発売日が決定
"""))

A(dict(id="ko-001", lang="ko", notes="Korean crypto news site: multi-line ticker, reporter line, kimchi-premium story with price lines, investment warning disclaimer, related articles, copyright line", text="""
tk|BTC 102,450,000원 +1.2%
tk+|ETH 4,712,000원 -0.8%
tk+|XRP 823원 +3.5%
T|비트코인 김치 프리미엄 4%대로 확대…해외 대비 400만원 비싸
ot|김도윤 기자　입력 2026.02.11 09:30
B|국내 거래소의 비트코인 가격이 해외보다 4% 이상 높게 형성되는 이른바 '김치 프리미엄'이 다시 커지고 있다.
B|11일 오전 9시 기준 가격은 다음과 같다.
B|국내 거래소: 1억245만원
B|해외 거래소 환산: 9,840만원
B|전문가들은 개인 투자자의 매수세가 몰린 영향으로 보고 있다.
B|한 업계 관계자는 "프리미엄이 급격히 줄어들 때 손실 위험이 크다"고 말했다.
di|본 기사는 투자 권유가 아니며, 투자 판단의 책임은 투자자 본인에게 있습니다.
rl|관련기사
rl+|가상자산 거래대금 3개월 만에 최고
ot|저작권자 © 코인데일리 무단전재 및 재배포 금지
"""))

A(dict(id="ko-002", lang="ko", fmt="single", notes="Korean daily, single newlines: menu, subway strike story with one-line paragraphs and a schedule list, most-read list, share bar, copyright footer", text="""
nv|전체메뉴　정치　경제　사회　국제　스포츠
T|서울 지하철 노조 19일 파업 예고…출근길 대란 우려
ot|박서연 기자
B|서울 지하철 노조가 임금 협상 결렬을 이유로 오는 19일 첫차부터 파업에 들어가겠다고 밝혔다.
B|서울시는 비상 수송 대책을 마련했다.
B|주요 대책은 다음과 같다.
B|- 출근 시간대 운행률 90% 유지
B|- 시내버스 증차 200대
B|- 공공기관 출근 시간 1시간 조정
B|노사는 18일 마지막 교섭을 벌일 예정이다.
sb|공유하기　카카오톡　페이스북　링크복사
rl|많이 본 뉴스
rl|1 폭설에 고속도로 정체
rl|2 전세 사기 피해 지원 확대
ot|Copyright © 한강일보. All rights reserved.
"""))

A(dict(id="es-001", lang="es", final_nl=False, notes="Spanish regional paper: multi-line cookie dialog, byline, drought restrictions story with bullet list, you-may-be-interested block, comment prompt, footer; no final newline", text="""
ck|Valoramos tu privacidad
ck+|Usamos cookies propias y de terceros para analizar la navegación y mostrarte publicidad personalizada.
ck+|Configurar
ck+|Aceptar y cerrar
T|Valencia limita el riego de jardines por la sequía a partir del lunes
ot|Por Lucía Ferrer | Valencia | 13 feb 2026 - 08:45
B|El Ayuntamiento de Valencia prohibirá regar jardines privados y llenar piscinas a partir del próximo lunes.
B|Los embalses que abastecen la ciudad están al 28% de su capacidad.
B|Las medidas incluyen:
B|• Riego de parques solo por la noche
B|• Cierre de fuentes ornamentales
B|• Multas de hasta 750 euros
B|"No es el momento de mirar hacia otro lado", dijo la concejala de Medio Ambiente, Rosa Llorens.
rl|Te puede interesar
rl+|Las lluvias de marzo, clave para salvar la cosecha de naranja
cm|Comentar (12)
nv|Aviso legal · Política de privacidad · Contacto"""))

A(dict(id="hard-es-001", lang="es", hard=True, notes="hard: securities regulator tightens crypto advertising and the story quotes the mandatory risk warning; the page also carries a real crypto promo, ticker and not-advice disclaimer", text="""
tk|BTC 65.420 € +0,9% | ETH 3.021 € -1,2%
T|La CNMV obligará a los anuncios de criptomonedas a ocupar un tercio con el aviso de riesgo
ot|Redacción Finanzas | 10/02/2026
B|La Comisión Nacional del Mercado de Valores endurecerá desde junio las normas sobre publicidad de criptoactivos.
B|Los anuncios deberán dedicar al menos un tercio de su espacio a esta advertencia:
B|"Los criptoactivos no están regulados, pueden no ser adecuados para inversores minoristas y se podría perder la totalidad del importe invertido."
B|En los vídeos, el aviso tendrá que leerse en voz alta.
B|Las campañas con influencers también quedarán incluidas.
pr|¡Compra tus primeros bitcoins con 0 comisiones! Regístrate en Monedix y consigue 20 € de regalo.
di|Este contenido tiene carácter informativo y no constituye asesoramiento financiero.
rl|Más noticias de Mercados
rl+|El Ibex cierra la semana en máximos de 2008
"""))

A(dict(id="pt-001", lang="pt", notes="Brazilian portal: section label, metro line story with station list, inline read-also teaser, share bar, app prompt, extra blank lines before footer, footer", text="""
nv|São Paulo | Mobilidade
T|Linha 19 do metrô terá primeiras estações abertas em 2028
ot|Por Bruno Azevedo, g-Capital — São Paulo
ot+|12/02/2026 07h15 · Atualizado há 2 horas
B|O governo de São Paulo anunciou nesta quinta-feira o cronograma da Linha 19-Celeste do metrô, que vai ligar Guarulhos ao centro da capital.
B|As primeiras estações previstas são:
B|Bosque Maia
B|Vila Galvão
B|Anália Franco
rl|Leia também: Tarifa de ônibus sobe para R$ 5,20 em março
B|A obra está orçada em R$ 16 bilhões.
B|Segundo o secretário de Transportes, Paulo Reis, "a linha vai tirar 40 mil carros das ruas por dia".
sb|Compartilhe: WhatsApp | Facebook | X
nv|Baixe o app do g-Capital e receba alertas de trânsito
~
ot|© Copyright 2000-2026 Grupo Capital de Comunicação
"""))

A(dict(id="hard-pt-001", lang="pt", hard=True, ws=True, notes="hard: police warn about fake crypto giveaway posts and the story quotes their wording; the page also has a real exchange promo, ticker line and reposting disclaimer; trailing whitespace", text="""
ot|CriptoFácil Notícias
T|Polícia alerta para falsos sorteios de criptomoedas em perfis clonados
B|A Polícia Civil do Rio de Janeiro alertou para golpes em que perfis falsos de famosos prometem prêmios em criptomoedas.
B|As mensagens costumam seguir o mesmo modelo:
B|"Ganhe 500 USDT agora! Envie 50 e receba o dobro"
B|"Sorteio exclusivo: só hoje, vagas limitadas"
B|Segundo a delegada Fernanda Lima, nenhuma empresa séria pede depósito para liberar prêmio.
B|Ao menos 312 vítimas registraram boletim de ocorrência em janeiro.
pr|Abra sua conta na Nexbit e ganhe até 100 USDT em bônus de boas-vindas. Oferta por tempo limitado!
tk|Bitcoin LogoBitcoin Preço(BTC)R$ 382.140R$ 382.140+0,74%BRL
di|Aviso: o conteúdo republicado é de responsabilidade dos autores originais e não representa a opinião da plataforma. Não é recomendação de investimento.
"""))

A(dict(id="de-001", lang="de", ws=True, notes="German regional paper: consent line, rail strike story with one-line paragraphs and affected-lines list, mid-story ad label, agency credit, more-on-topic list, share line; trailing whitespace", text="""
ck|Wir nutzen Cookies und ähnliche Technologien. Mit „Zustimmen“ erlauben Sie die Verarbeitung zu Werbezwecken. Zustimmen | Einstellungen
nv|Startseite › Kurpfalz › Pendeln & Verkehr
T|Warnstreik legt S-Bahn im Rhein-Neckar-Raum lahm
ot|Stand: 11.02.2026, 06:12 Uhr
B|Pendler im Rhein-Neckar-Raum müssen sich am Donnerstag auf massive Ausfälle einstellen.
B|Die Gewerkschaft hat zu einem 24-stündigen Warnstreik aufgerufen.
ot|Anzeige
B|Betroffen sind unter anderem:
B|S1 Homburg – Osterburken
B|S3 Germersheim – Karlsruhe
B|S6 Mainz – Bensheim
B|Ein Ersatzverkehr mit Bussen ist nur eingeschränkt möglich, teilte die Bahn mit.
at|dpa/lsw
rl|Mehr zum Thema
rl+|Tarifstreit bei der Bahn: Das sind die Forderungen
sb|Artikel teilen
"""))

A(dict(id="hard-de-001", lang="de", hard=True, notes="hard: court ruling on newsletter double opt-in; the story quotes a confirmation email; the page also has a real newsletter box and a newsletter teaser line", text="""
T|Gericht: Newsletter ohne Bestätigungsmail ist unzulässig
B|Ein Online-Händler darf Werbe-Newsletter nur verschicken, wenn Kunden die Anmeldung per Bestätigungsmail bestätigt haben.
B|Das hat das Landgericht Hannover entschieden.
B|Der Händler hatte Adressen direkt nach Eingabe in den Verteiler übernommen.
B|Korrekt sei etwa eine Mail mit dem Satz: „Bitte bestätigen Sie Ihre Anmeldung mit einem Klick auf den Link."
B|Das Urteil ist noch nicht rechtskräftig.
ot|Von Jonas Hartwig, Rechtsredaktion
nl|Unser Newsletter „Recht kompakt“: jeden Dienstag die wichtigsten Urteile
nl+|E-Mail-Adresse eingeben
nl+|Gratis anmelden
rl|Weitere Urteile aus unserer Rechtsredaktion
rl+|Widerrufsrecht: Was beim Online-Kauf gilt
"""))

A(dict(id="fr-001", lang="fr", notes="French daily: section label, hospital emergency story with dateline and short Q/A subheads, read-also teaser, agency credit, subscribe pitch, share line, extra blank lines before footer", text="""
nv|Société · Santé
T|À Lyon, les urgences pédiatriques débordées par la bronchiolite
ot|Publié le 09/02/2026 à 18h02
B|LYON —
B|Les urgences pédiatriques de l'hôpital Femme-Mère-Enfant ont accueilli plus de 260 enfants en une seule journée lundi, un record.
B|Pourquoi maintenant ?
B|L'épidémie de bronchiolite a démarré plus tard que d'habitude cette année.
B|Que faire ?
B|Les médecins conseillent d'appeler d'abord le 15 en cas de difficultés respiratoires.
rl|Lire aussi : Grippe : la campagne de vaccination prolongée jusqu'à fin février
at|Avec AFP
nl|Recevez chaque matin l'essentiel de l'actualité lyonnaise. S'inscrire
sb|Partagez cet article : Facebook | X | Courriel
~
ot|Qui sommes-nous ? · Vos choix de traceurs · Écrire à la rédaction
"""))

A(dict(id="hard-fr-001", lang="fr", hard=True, notes="hard: study of sponsored recommendation widgets under news articles; the story lists typical teaser headlines as body; the page also carries a real sponsored-content widget and related links", text="""
nv|Médias
T|Sous les articles, les « contenus sponsorisés » trompent encore un lecteur sur deux
ot|Par Camille Deschamps
B|Une étude de l'université de Rennes montre que la moitié des internautes ne distinguent pas les recommandations publicitaires des articles du journal.
B|Les chercheurs ont relevé les titres les plus fréquents dans ces blocs :
B|« Les médecins n'en reviennent pas »
B|« Cette astuce de grand-mère fait fondre les factures »
B|« Voici ce que sont devenues les stars des années 90 »
B|Le mot « sponsorisé » n'apparaissait, en moyenne, qu'en gris clair et en petits caractères.
B|Les auteurs demandent une étiquette plus visible.
ot|Contenus sponsorisés
ot+|Il a remboursé son crédit en 3 ans grâce à cette méthode
ot+|Retraités : cette aide méconnue peut vous rapporter gros
rl|À lire aussi
rl+|Publicité en ligne : l'Arcom veut plus de transparence
"""))

A(dict(id="it-001", lang="it", ws=True, notes="Italian city news: one-line cookie notice, Milan tram story with short stop list, read-also teaser, share row, reproduction-reserved footer; trailing whitespace", text="""
ck|Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti. Chiudi
nv|Milano > Cronaca
T|Milano, il tram 7 torna in servizio dopo sei mesi di lavori
ot|di Giulia Romano
B|Da lunedì il tram 7 torna a collegare Precotto con Porta Nuova dopo sei mesi di cantiere.
B|I lavori hanno rinnovato binari e pensiline.
B|Le nuove fermate accessibili sono:
B|Precotto
B|Gorla
B|Bicocca
B|L'assessora alla Mobilità ha parlato di "un passo avanti per chi ha difficoltà motorie".
rl|Leggi anche: Sciopero dei mezzi venerdì, le fasce garantite
sb|Condividi: Facebook · WhatsApp · Email
ot|Riproduzione riservata ©
"""))

A(dict(id="it-002", lang="it", notes="Italian markets page: index quote box, Milan stock exchange close with a list of movers, not-advice disclaimer, most-read list, newsletter pitch", text="""
tk|FTSE MIB 34.812 +0,86%
tk+|SPREAD BTP-BUND 112 pb
tk+|EUR/USD 1,0873
T|Piazza Affari chiude in rialzo, corrono le banche
ot|Redazione Economia | 12 febbraio 2026
B|Seduta positiva per Piazza Affari, con il FTSE MIB che ha chiuso in rialzo dello 0,86% a 34.812 punti.
B|I migliori del listino:
B|Banca Adriatica +3,4%
B|Credito Padano +2,9%
B|I peggiori:
B|Enertek -1,8%
B|Gli operatori attendono ora i dati sull'inflazione americana in arrivo giovedì.
di|Le informazioni contenute in questa pagina non costituiscono sollecitazione all'investimento.
rl|I più letti
rl+|Mutui, tassi in calo a febbraio
nl|Iscriviti alla newsletter Mercati: ogni sera la chiusura di Borsa
"""))

A(dict(id="ru-001", lang="ru", fmt="single", notes="Russian business site, single newlines: currency box, central bank rate story with forecast list, read-also, Telegram channel prompt, comments line", text="""
tk|USD 89,42 ▼0,31 | EUR 96,87 ▲0,12 | CNY 12,35
T|ЦБ сохранил ключевую ставку на уровне 16% четвертое заседание подряд
ot|14 февраля 2026, 13:35
B|Банк России в пятницу сохранил ключевую ставку на уровне 16% годовых.
B|Регулятор указал, что инфляция замедляется медленнее, чем ожидалось.
B|Прогноз ЦБ на 2026 год:
B|инфляция — 5–6%
B|рост ВВП — 1–2%
B|«Пространство для снижения ставки появится не раньше лета», — сказала глава ЦБ на пресс-конференции.
rl|Читайте также: Ипотека подорожала в январе
nv|Подписывайтесь на наш Telegram-канал
cm|Комментарии (34)
"""))

A(dict(id="uk-001", lang="uk", notes="Ukrainian city news without a headline line: breadcrumb, time stamp, tram story with route list, share line, read-also list, comments prompt", text="""
nv|Головна / Львів / Транспорт
ot|10 лютого 2026, 09:20
B|У Львові з понеділка запускають новий трамвайний маршрут №11 до Сихова.
B|На лінії працюватимуть шість нових низькопідлогових вагонів.
B|Маршрут проходитиме вулицями:
B|Городоцька
B|Шевченка
B|Стрийська
B|Вартість проїзду не зміниться.
sb|Поділитися: Facebook | Telegram | Viber
rl|Читайте також
rl+|У центрі Львова обмежать рух авто
cm|Коментарі
cm+|Залишити коментар
"""))

A(dict(id="tr-001", lang="tr", notes="Turkish finance news: currency box, exchange-rate story with dateline and one-line paragraphs, related news, comment prompt, extra blank lines, footer", text="""
tk|DOLAR 36,41 %0,18 | EURO 39,52 %0,22 | ALTIN 3.412 %0,55
T|Dolar/TL güne yatay başladı, gözler enflasyon verisinde
ot|Ekonomi Servisi - 11.02.2026 09:05
B|İSTANBUL —
B|Dolar/TL, çarşamba sabahı 36,41 seviyesinden yatay bir seyir izledi.
B|Piyasalar, cuma günü açıklanacak ocak ayı enflasyon verisine odaklandı.
B|Beklenti yıllık enflasyonun yüzde 38 civarında gerçekleşmesi.
B|Bir banka ekonomisti, "Kurda sert bir hareket beklemiyoruz" dedi.
rl|İlgili Haberler
rl+|Altın fiyatları rekor tazeledi
cm|Yorum yap
~
ot|Tüm hakları saklıdır. © 2026 Finans Gündem
"""))

A(dict(id="pl-001", lang="pl", notes="Polish local news without a headline line: RODO consent text, smog alert story with a measurement list, read-also teaser, share row", text="""
ck|Szanujemy Twoją prywatność. Klikając „Akceptuję”, zgadzasz się na przetwarzanie danych przez nas i naszych partnerów.
ck+|Akceptuję
ck+|Ustawienia
ot|Kraków | 09.02.2026
B|W Krakowie ogłoszono drugi stopień zagrożenia smogiem.
B|Normy pyłu PM10 zostały przekroczone trzykrotnie.
B|Najwyższe odczyty:
B|Nowa Huta – 152 µg/m³
B|Kurdwanów – 138 µg/m³
B|Komunikacja miejska jest w czwartek bezpłatna dla kierowców z dowodem rejestracyjnym.
rl|Czytaj także: Kraków dopłaci do wymiany pieców
sb|Udostępnij
"""))

A(dict(id="nl-001", lang="nl", fmt="single", notes="Dutch regional news, single newlines: menu, housing story with short list, agency credit, read-also, share line, footer", text="""
nv|Nieuws | Regio | Sport | Cultuur | Weer
T|Rotterdam bouwt 1.200 tijdelijke woningen voor starters
ot|Vandaag, 10:41
B|De gemeente Rotterdam laat op drie locaties in totaal 1.200 tijdelijke woningen bouwen voor jongeren en starters.
B|De eerste bewoners kunnen in het najaar terecht.
B|De locaties:
B|Feijenoord
B|Charlois
B|Overschie
B|Wethouder Sanne de Bruin: "Iedere woning telt."
at|ANP
rl|Lees ook: Huurprijzen in Zuid-Holland stijgen harder dan landelijk
sb|Deel dit artikel
nv|Over ons · Tips? · Privacy
"""))

A(dict(id="id-001", lang="id", notes="Indonesian crypto portal: site header, doubled dek, exchange regulation story with numbered rules, squashed rupiah ticker, read-also, promo, disclaimer, share", text="""
ot|KriptoKini
du|OJK mewajibkan bursa kripto menyimpan 70% aset nasabah di dompet dingin.OJK mewajibkan bursa kripto menyimpan 70% aset nasabah di dompet dingin.
T|OJK Terbitkan Aturan Baru Penyimpanan Aset Kripto
B|Otoritas Jasa Keuangan (OJK) menerbitkan aturan baru yang mengatur cara bursa kripto menyimpan aset nasabah.
B|Aturan utamanya:
B|1. Minimal 70% aset di dompet dingin
B|2. Audit cadangan setiap enam bulan
B|3. Laporan insiden dalam 24 jam
rl|Baca Juga: Harga Bitcoin Tembus Rp 1,1 Miliar
B|Bursa diberi waktu enam bulan untuk menyesuaikan diri.
tk|Bitcoin LogoBitcoin Harga(BTC)Rp 1.102.450.000Rp 1.102.450.000+0,62%IDR
pr|Daftar sekarang di Tokorupa dan dapatkan cashback 50 ribu untuk transaksi pertama!
di|Disclaimer: Artikel ini bukan ajakan membeli atau menjual aset kripto. Segala keputusan investasi menjadi tanggung jawab pembaca.
sb|Bagikan
"""))

A(dict(id="vi-001", lang="vi", ws=True, notes="Vietnamese finance news: gold price box, gold price story with price lines kept as body, related news, share/like row; trailing whitespace", text="""
tk|Vàng SJC 92,5 - 94,5 triệu/lượng | USD 25.410
T|Giá vàng miếng lập đỉnh mới, vượt 94 triệu đồng/lượng
ot|Thứ Tư, 11/02/2026 14:20
B|Giá vàng miếng SJC chiều nay tiếp tục tăng, lên mức cao nhất từ trước đến nay.
B|Giá niêm yết lúc 14h:
B|Mua vào: 92,5 triệu đồng/lượng
B|Bán ra: 94,5 triệu đồng/lượng
B|Chênh lệch với giá thế giới hiện vào khoảng 12 triệu đồng.
B|Chuyên gia khuyên người dân không nên mua theo tâm lý đám đông.
rl|Tin liên quan
rl+|Giá USD ngân hàng tăng nhẹ
sb|Chia sẻ | Thích 1,2K
"""))

A(dict(id="th-001", lang="th", notes="Thai news site: consent line, PM2.5 story with district readings list, read-more teaser, share row, follow prompt", text="""
ck|เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์ของคุณ ยอมรับ
T|ฝุ่น PM2.5 กรุงเทพฯ เกินมาตรฐาน 40 เขต
ot|12 ก.พ. 2569 08:30 น.
B|สำนักสิ่งแวดล้อม กทม. รายงานว่าเช้าวันนี้ค่าฝุ่น PM2.5 เกินมาตรฐานใน 40 เขต
B|พื้นที่ที่มีค่าสูงสุด:
B|เขตบางขุนเทียน 98 มคก./ลบ.ม.
B|เขตหนองแขม 91 มคก./ลบ.ม.
B|กทม. ขอให้ประชาชนสวมหน้ากากเมื่อออกนอกบ้าน
rl|อ่านเพิ่มเติม: วิธีเลือกเครื่องฟอกอากาศ
sb|แชร์ Facebook | LINE | X
nv|ติดตามข่าวสารได้ที่แอป ข่าวทันใจ
"""))

A(dict(id="ar-001", lang="ar", final_nl=False, notes="Arabic business site: section label, startup funding story with dateline and figures list, read-also teaser, newsletter pitch, share line; no final newline", text="""
T|شركات ناشئة سعودية تجمع 480 مليون دولار في يناير
B|الرياض –
B|جمعت الشركات الناشئة في السعودية نحو 480 مليون دولار خلال شهر يناير، وفق تقرير منصة "بيانات المال".
B|أبرز القطاعات:
B|التقنية المالية: 210 ملايين دولار
B|التجارة الإلكترونية: 95 مليون دولار
B|وقال أحد المستثمرين: "السوق أكثر نضجا من أي وقت مضى".
rl|اقرأ أيضا: الإمارات تطلق رخصة موحدة للشركات الناشئة
nl|اشترك في النشرة الاقتصادية اليومية
sb|شارك المقال"""))
