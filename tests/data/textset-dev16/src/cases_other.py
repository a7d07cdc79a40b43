from make_cases import C

CASES = [
C("ja-001", "ja", "Japanese city-hall news page: text-size/colour and language controls and breadcrumb on top; inquiry block, helpful-page survey and footer at the bottom.", """
N:nv| 本文へ移動
N:nv| 文字サイズ 標準 拡大　背景色 白 黒　Foreign language
N:nv| トップページ > くらし・手続き > ごみ・リサイクル
T| 4月から粗大ごみの収集申込がインターネットで可能に
B| 市は4月1日から、粗大ごみの収集申込をインターネットで24時間受け付けます。
B| これまでは電話での受付のみで、月曜日の午前中はつながりにくい状態が続いていました。
B| 手数料は従来どおり、品目ごとに300円から1,200円です。
B| スマートフォンで品目の写真を送ると、手数料の目安が表示されます。
B| 電話での受付も引き続き行います。
N:ot| このページに関するお問い合わせ
N:ot| 環境部 ごみ減量推進課　電話：0xx-xxx-4530　受付時間：平日8時30分～17時15分
N:ot| このページの情報は役に立ちましたか？　役に立った / どちらともいえない / 役に立たなかった
N:ot| 更新日：2026年3月4日
N:nv| サイトマップ | 個人情報の取り扱い | ウェブアクセシビリティ方針
"""),

C("hard-ja-001", "ja", "Hard: town launches a disaster-prevention app; the story quotes the push-notification prompt, while the page carries a real app-download banner (mid-story) and share buttons; no noise above the headline.", """
T| 町が防災アプリの配信開始　避難所の混雑状況も表示
B| 町は3月1日、スマートフォン向け防災アプリ「みはらし防災」の配信を開始しました。
B| 避難情報や気象警報をプッシュ通知で受け取れるほか、避難所ごとの混雑状況を地図で確認できます。
N:nv| 防災アプリ「みはらし防災」をダウンロード
B| アプリを初めて起動すると「通知を許可しますか？」と表示されるため、「許可」を選んでください。
B| 英語、中国語、ベトナム語にも対応しています。
B| 町の担当者は「高齢の方は家族と一緒に設定してほしい」と話しています。
N:sh| ポスト　シェア　LINEで送る
N:ot| 掲載日：2026年3月2日
N:ot| 総務課 防災係　内線214
N:nv| ホーム ＞ 防災・安全 ＞ お知らせ
"""),

C("ko-001", "ko", "Korean district office news: menu, language and accessibility links on top; department contact, satisfaction survey and footer at the bottom. Single newlines.", """
N:nv| 본문 바로가기
N:nv| 구정소식 | 분야별정보 | 참여소통 | 열린구청장
N:nv| ENGLISH | 中文 | 日本語
T| 구, 공공자전거 대여소 40곳 추가 설치
B| 구는 오는 5월까지 공공자전거 대여소 40곳을 추가로 설치한다고 밝혔다.
B| 신규 대여소는 지하철역 출구와 대단지 아파트 주변에 우선 배치된다.
B| 이에 따라 구내 대여소는 모두 186곳으로 늘어난다.
B| 구 관계자는 "출퇴근 시간대 자전거 부족 민원이 많았다"고 말했다.
N:ot| 담당부서 : 교통행정과 자전거정책팀 ☎ 02-xxxx-2781
N:ot| 이 페이지에서 제공하는 정보에 만족하십니까?  매우만족 만족 보통 불만족
N:ot| 최종수정일 : 2026.03.05
""", fmt="single"),

C("hard-ko-001", "ko", "Hard: local news portal's story about a new comment moderation policy quotes the notice text; the page carries a real comment box, comment rules and related articles.", """
N:nv| 우리동네뉴스
N:nv| 뉴스 | 지역 | 오피니언 | 포토
T| 지역 언론사들, 기사 댓글 사전 검토제 도입
B| 도내 지역 언론사 6곳이 다음 달부터 기사 댓글을 게시 전에 검토하는 제도를 도입한다.
B| 욕설과 특정인 비방이 담긴 댓글은 게시되지 않는다.
B| 사건·사고 기사에는 "이 기사는 댓글 서비스를 제공하지 않습니다"라는 안내가 표시된다.
B| 한 언론사 관계자는 "댓글 관리에만 하루 세 시간씩 쓰고 있었다"고 말했다.
N:ot| 김하늘 기자 sky@uridong.example.kr
N:cm| 댓글 12
N:cm| 로그인 후 댓글을 작성할 수 있습니다.
N:di| 댓글은 작성자의 의견이며 본 매체의 입장과 다를 수 있습니다.
N:rl| 많이 본 뉴스
N:rl| 시내버스 노선 개편안 주민설명회 열려
"""),

C("es-001", "es", "Spanish town-hall news page: language selector, menu and breadcrumb on top; print/share, last-modified stamp, contact block and footer at the bottom.", """
N:nv| Castellano | Valencià | English
N:nv| Ayuntamiento · Sede electrónica · Cita previa · Transparencia
N:nv| Inicio / Actualidad / Noticias
T| El Ayuntamiento amplía el horario de las piscinas cubiertas
B| Las piscinas cubiertas municipales abrirán los sábados por la tarde a partir del 14 de marzo.
B| El nuevo horario será de 16:00 a 20:00 y se mantendrá hasta el final de la temporada.
B| La concejala de Deportes, Nuria Beltrán, explicó que la medida responde a las peticiones de los clubes de natación.
B| El precio de la entrada no cambia.
B| Los abonados podrán usar su tarjeta como hasta ahora.
N:sh| Imprimir | Enviar por correo | Compartir
N:ot| Última modificación: 05/03/2026 12:41
N:ot| Servicio de Deportes · Tel. 96x xxx 210 · deportes@ayto.example.es
N:nv| Aviso legal | Política de privacidad | Accesibilidad | Mapa web
"""),

C("es-002", "es", "Argentine provincial police press page: header and menu on top, emergency number box mid-page, tags and related news at the bottom; no final newline.", """
N:nv| Policía de la Provincia · Prensa
N:nv| Inicio | Institucional | Prensa | Trámites | Denuncias
T| Recuperan 14 bicicletas robadas en un galpón de Villa Esperanza
B| Efectivos de la comisaría 3ª recuperaron 14 bicicletas robadas tras allanar un galpón en el barrio Villa Esperanza.
B| El procedimiento se realizó el miércoles por la mañana por orden del juzgado de garantías.
N:ot| Ante una emergencia, comunicate al 911. Denuncias anónimas: 0800-555-xxxx
B| Un hombre de 29 años quedó detenido.
B| Los propietarios pueden reconocer sus rodados en la comisaría de lunes a viernes de 8 a 14 horas, con la factura o una foto.
N:nv| Etiquetas: robo, bicicletas, Villa Esperanza
N:rl| Noticias relacionadas
N:rl| Detienen a dos jóvenes por robo de cables en la ruta 12
N:rl| Jornada de prevención vial en escuelas secundarias
""", final_nl=False),

C("hard-es-001", "es", "Hard: story about a town's e-mail bulletin replacing the printed municipal magazine quotes the subscription wording; the page carries a real newsletter box and share bar.", """
N:nv| Diario de la Sierra
N:nv| Portada · Comarca · Deportes · Agenda
T| Navacerrada del Río sustituye su revista municipal por un boletín digital
B| El Ayuntamiento de Navacerrada del Río dejará de imprimir su revista trimestral y enviará un boletín por correo electrónico cada quince días.
B| El alcalde, Julián Porras, calcula un ahorro de 9.000 euros al año.
B| Los vecinos deberán darse de alta en un formulario titulado «Suscríbete al boletín municipal».
B| Las personas mayores podrán seguir recogiendo un resumen impreso en el centro de día.
B| «Queremos informar más y gastar menos papel», dijo Porras.
N:nl| Recibe cada mañana las noticias de la Sierra en tu correo. Es gratis.
N:nl| Tu email · Quiero suscribirme
N:sh| Comparte esta noticia por WhatsApp, Facebook o X
N:ot| Redacción · 04/03/2026
"""),

C("pt-001", "pt", "Portuguese municipal news page: cookie notice, language and menu on top; share row, publication date and footer with address and hours at the bottom.", """
N:ck| Este sítio utiliza cookies técnicos e de análise. Pode aceitar todos ou escolher apenas os necessários.
N:ck| Aceitar todos · Apenas necessários
N:nv| Câmara Municipal · Munícipe · Empresas · Turismo · Notícias
T| Mercado municipal reabre com 42 bancas renovadas
B| O mercado municipal reabriu no sábado depois de oito meses de obras de reabilitação.
B| As 42 bancas foram renovadas e foi instalado um sistema de ventilação novo.
B| A obra custou 1,9 milhões de euros, financiados em parte por fundos europeus.
B| O presidente da câmara, Rui Saldanha, disse que o mercado "voltou a ser o centro da vila".
B| O horário passa a ser de terça a sábado, das 7h às 14h.
N:sh| Partilhar: Facebook | Email | Imprimir
N:ot| Publicado em 02.03.2026
N:ot| Paços do Concelho · Praça da República · Atendimento: 9h–16h30
"""),

C("hard-pt-001", "pt", "Hard: Brazilian news story about LGPD fines for city websites with cookie banners that push consent quotes banner wording; the page carries a real cookie banner and privacy footer. Trailing whitespace.", """
N:ck| Usamos cookies para personalizar conteúdo e anúncios. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
N:ck| Entendi
N:nv| Jornal do Vale · Cidades
T| ANPD abre processo contra prefeituras por banners de cookies enganosos
B| A Autoridade Nacional de Proteção de Dados abriu processos contra 11 prefeituras por uso de avisos de cookies que não oferecem a opção de recusar.
B| Segundo o órgão, alguns portais mostravam apenas o botão "Aceitar e continuar".
B| A LGPD exige que o consentimento seja livre e que recusar seja tão fácil quanto aceitar.
B| As prefeituras têm 30 dias para corrigir os sites.
B| Nenhuma multa foi aplicada até agora.
N:rl| Leia também: Câmara aprova novo plano diretor para a zona rural
N:nv| Política de privacidade | Termos de uso | Expediente
""", ws=True),

C("de-001", "de", "German municipal press release: skip link, easy-language and sign-language links, breadcrumb on top; press contact, print/share, related releases and footer below.", """
N:nv| Zum Inhalt springen
N:nv| Leichte Sprache | Gebärdensprache | Barrierefreiheit
N:nv| Startseite › Rathaus › Pressemitteilungen
T| Stadt saniert Grundschule am Lindenhof in den Sommerferien
B| Die Stadt saniert in den Sommerferien die Sanitäranlagen und die Turnhalle der Grundschule am Lindenhof.
C| Die Turnhalle der Grundschule am Lindenhof wird ab Juli saniert. Foto: Stadt/Pressestelle
B| Die Kosten liegen bei rund 780.000 Euro.
B| Der Unterricht ist nicht betroffen.
B| Die Ferienbetreuung zieht für sechs Wochen in das benachbarte Jugendzentrum um.
B| Bürgermeisterin Katrin Wollny: „Die Toiletten waren seit Jahren ein Ärgernis."
N:ot| Pressekontakt: Presse- und Öffentlichkeitsarbeit, Tel. 0xxxx 87-1402
N:sh| Seite drucken · Seite teilen · Als PDF speichern
N:rl| Weitere Pressemitteilungen
N:rl| Wochenmarkt zieht vorübergehend auf den Kirchplatz
N:nv| Impressum | Datenschutz | Erklärung zur Barrierefreiheit | Kontakt
"""),

C("hard-de-001", "de", "Hard: story about a district office's accessibility ruling quotes 'Zum Inhalt springen' and easy-language links; the page carries real skip links, easy-language links and an accessibility footer.", """
N:nv| Direkt zum Inhalt
N:nv| Leichte Sprache · Kontrast · Vorlesen
N:nv| Kreisanzeiger › Region
T| Schlichtungsstelle rügt Internetauftritt des Landkreises
B| Die Schlichtungsstelle für Barrierefreiheit hat den Internetauftritt des Landkreises beanstandet.
B| Blinde Nutzer konnten mit Bildschirmlesern weder Termine bei der Zulassungsstelle buchen noch Formulare absenden.
B| Auf vielen Seiten fehlte ein Link „Zum Inhalt springen", sodass das ganze Menü vorgelesen wurde.
B| Texte in Leichter Sprache gab es nur für drei von über 200 Seiten.
B| Der Landkreis will die Mängel bis Ende Juni beheben.
N:ot| Von Ines Brockhaus
N:nv| Barrierefreiheitserklärung | Barriere melden
"""),

C("fr-001", "fr", "French town-hall news page: cookie banner, quick-access menu on top; opening hours, event agenda and footer below. Mixed newline style.", """
N:ck| Ce site utilise des traceurs pour mesurer son audience. Vous pouvez les refuser sans conséquence sur la navigation.
N:ck| Tout accepter · Tout refuser · Personnaliser
N:nv| Mairie · Démarches · Vie locale · Agenda · Contact
T| La médiathèque ouvrira le dimanche dès avril
B| À partir du 5 avril, la médiathèque Jean-Giono ouvrira le dimanche de 14 h à 18 h.
B| L'expérimentation durera jusqu'à la fin de l'année scolaire.
B| Deux agents supplémentaires ont été recrutés pour l'occasion.
B| « Le dimanche, ce sont les familles qui viennent », souligne l'adjointe à la culture, Maud Pelletier.
N:ot| Horaires de la mairie : lundi au vendredi, 8 h 30 – 12 h / 13 h 30 – 17 h
N:ot| Agenda
N:ot| 14 mars · Carnaval des écoles
N:ot| 21 mars · Conseil municipal, 19 h
N:nv| Mentions légales · Plan du site · Gestion des cookies
""", fmt="mixed"),

C("hard-fr-001", "fr", "Hard: story about fake charity donation appeals after a fire quotes 'Faites un don' wording; the page carries a real donation ask and share bar of the regional paper's own solidarity fund.", """
N:nv| L'Écho du Bocage
N:sh| Partager sur Facebook · Partager par e-mail · Copier le lien
T| Incendie de Saint-Aubin : attention aux fausses cagnottes
B| SAINT-AUBIN —
B| La gendarmerie met en garde contre de fausses cagnottes en ligne apparues après l'incendie qui a détruit quatre maisons samedi.
B| Plusieurs pages reprennent des photos des sinistrés avec le message « Faites un don, chaque euro compte ».
B| Les familles n'ont ouvert qu'une seule cagnotte, relayée par la mairie.
B| Les gendarmes conseillent de vérifier qui reçoit l'argent avant de donner.
N:ot| Soutenez le fonds de solidarité de L'Écho du Bocage : faire un don
N:ot| Par Clémence Roussel · Publié le 03/03/2026 à 18h12
"""),

C("it-001", "it", "Italian comune notice without a headline in the scrape: menu and breadcrumb on top; page-evaluation widget, last-updated line and footer at the bottom. Single newlines, no final newline.", """
N:nv| Comune · Amministrazione · Servizi · Novità · Vivere il comune
N:nv| Home / Novità / Avvisi
B| Da lunedì 16 marzo l'ufficio anagrafe riceve solo su appuntamento.
B| La prenotazione si fa online o telefonando al centralino dalle 9 alle 12.
B| Restano ad accesso libero il ritiro delle carte d'identità e le autentiche di firma.
B| L'obiettivo, spiega l'assessora Chiara Molteni, è eliminare le code del lunedì mattina.
N:ot| Quanto sono chiare le informazioni su questa pagina?  ★★★★★
N:ot| Ultimo aggiornamento: 04/03/2026, 10:15
N:nv| Privacy · Note legali · Dichiarazione di accessibilità · Segnalazione disservizio
""", fmt="single", final_nl=False),

C("hard-it-001", "it", "Hard: story about a regional transport operator's new ticketing app quotes the download prompt and store badges; the page carries a real app banner and newsletter box.", """
N:nv| Scarica l'app TrasportiVeneti per acquistare i biglietti
N:nv| Notizie · Orari · Biglietti · Assistenza
T| Biglietti dei bus sul telefono: arriva l'app di TrasportiVeneti
B| Da oggi i biglietti dei bus extraurbani si possono acquistare con l'app TrasportiVeneti.
B| L'app mostra anche i passaggi in tempo reale alle fermate.
B| Sulle paline compare un adesivo con scritto «Scarica l'app – disponibile su App Store e Google Play».
B| Il biglietto va attivato prima di salire.
B| Chi non ha lo smartphone potrà continuare a comprare i biglietti in tabaccheria.
N:nl| Iscriviti alla newsletter per ricevere le variazioni di servizio
N:ot| Ufficio stampa TrasportiVeneti
"""),

C("ru-001", "ru", "Russian content-farm repost of a city-administration notice: doubled lead glued, crypto ticker and exchange promo, attribution, related links. Trailing whitespace.", """
N:du| Администрация города сообщила о переносе ярмарки.Администрация города сообщила о переносе ярмарки.
N:nv| НовостиСейчас24
T| Весенняя ярмарка в Заречном районе перенесена на неделю
B| Весенняя сельскохозяйственная ярмарка на площади Победы в Заречном районе пройдет не 14, а 21 марта.
B| Перенос связан с ремонтом теплотрассы на прилегающей улице.
B| На ярмарке ожидается около 120 торговых мест.
B| Вход для покупателей свободный.
N:at| Источник: пресс-служба администрации города
N:ct| BTC 6 512 340 ₽ −0,9% · ETH 338 120 ₽ +1,4% · TON 412,6 ₽ +2,2%
N:cp| Покупайте криптовалюту без комиссии первые 30 дней — регистрация на бирже за минуту
N:rl| Читайте также
N:rl| В городе откроют два новых пункта приема вторсырья
N:sh| Поделиться новостью: ВК | Телеграм | ОК
""", ws=True),

C("uk-001", "uk", "Ukrainian city council news page: version-for-visually-impaired link, menu and breadcrumb on top; contact block, share bar and footer below.", """
N:nv| Версія для людей із порушенням зору
N:nv| Головна / Новини / Новини міської ради
T| У міських школах облаштують ще шість укриттів
B| Міська рада виділила 38 мільйонів гривень на облаштування укриттів у шести школах.
B| Роботи мають завершитися до 1 вересня.
B| Після цього всі школи міста зможуть навчати дітей очно.
B| Депутати також підтримали закупівлю двох генераторів для ліцею №7.
N:ot| Управління освіти: вул. Соборна, 12, тел. (0xx) 55-12-40
N:sh| Поділитися у Facebook · Telegram · Viber
N:ot| Дата оновлення: 04.03.2026
N:ot| © Міська рада. Усі права захищено. При використанні матеріалів посилання на сайт обов'язкове.
"""),

C("tr-001", "tr", "Turkish municipal news page: KVKK cookie notice, menu on top; share row, related news and footer with call-centre number at the bottom.", """
N:ck| Sitemizde kişisel verileriniz KVKK kapsamında işlenmekte ve çerez kullanılmaktadır. Detaylı bilgi için Aydınlatma Metni'ni inceleyiniz.
N:ck| Kabul Et
N:nv| Kurumsal | Hizmetler | E-Belediye | Haberler | İletişim
T| Belediye sahil yürüyüş yoluna 2 kilometre ekliyor
B| Belediye, sahil yürüyüş yolunun Kumluca Mahallesi'ne kadar 2 kilometre uzatılması için çalışma başlattı.
B| Yeni bölümde bisiklet yolu ve oturma alanları da yer alacak.
B| Çalışmaların yaz sezonundan önce tamamlanması planlanıyor.
B| Belediye Başkanı Ayşe Korkmaz, projenin tamamen öz kaynaklarla yapıldığını söyledi.
N:sh| Bu haberi paylaşın: Facebook / X / WhatsApp
N:rl| Diğer Haberler
N:rl| Mahalle pazarlarına yeni tente sistemi
N:ot| Çağrı Merkezi: 444 xx xx
"""),

C("pl-001", "pl", "Polish municipal office BIP-style page: accessibility and contrast controls, menu on top; metadata (published by, date, views), print link and footer at the bottom.", """
N:nv| Przejdź do treści
N:nv| Wersja kontrastowa | Powiększ tekst | Deklaracja dostępności
N:nv| Urząd Gminy · Aktualności · Ogłoszenia · Załatw sprawę
T| Gmina rozda 1500 sadzonek drzew mieszkańcom
B| W sobotę 21 marca gmina rozda mieszkańcom 1500 sadzonek drzew i krzewów.
B| Akcja odbędzie się na parkingu przy urzędzie w godzinach 9–13.
B| Każde gospodarstwo domowe może odebrać do pięciu sadzonek.
B| Wśród gatunków są lipy, klony, jarzębiny i leszczyny.
B| Wystarczy pokazać dowód osobisty z adresem zameldowania w gminie.
N:ot| Opublikował: Referat Ochrony Środowiska
N:ot| Data publikacji: 05.03.2026 · Wyświetleń: 842
N:sh| Drukuj
N:nv| Polityka prywatności · Klauzula RODO · Mapa strony
"""),

C("nl-001", "nl", "Dutch municipality news page: cookie choice, language and search on top; 'was this information useful' widget, contact box and footer below. No final newline.", """
N:ck| Wij gebruiken alleen functionele cookies en anonieme statistieken. Zie onze privacyverklaring.
N:ck| Sluiten
N:nv| Home · Afval · Parkeren · Paspoort en ID · Nieuws
N:nv| English | Zoeken
T| Gemeente plaatst extra glasbakken in de binnenstad
B| De gemeente plaatst deze maand acht extra ondergrondse glasbakken in de binnenstad.
B| Bewoners klaagden over volle bakken na het weekend.
B| De nieuwe containers komen onder meer op de Vismarkt en bij de Sint-Janskerk.
B| Tijdens de plaatsing is de Vismarkt twee dagen afgesloten voor verkeer.
N:ot| Was deze informatie nuttig?  Ja  Nee
N:ot| Vragen? Bel 14 0xx, maandag tot en met vrijdag van 8.30 tot 17.00 uur.
N:nv| Toegankelijkheid · Privacy · Proclaimer
""", final_nl=False),

C("id-001", "id", "Indonesian city government news: menu and breadcrumb on top, byline/editor stamp, share row, related news and visitor counter at the bottom.", """
N:nv| Portal Resmi Pemerintah Kota
N:nv| Beranda > Berita > Pemerintahan
T| Pemkot buka 12 pos pelayanan KTP keliling selama Ramadan
B| Pemerintah Kota membuka 12 pos pelayanan KTP elektronik keliling selama bulan Ramadan.
B| Pos pelayanan akan berpindah ke kantor kelurahan secara bergiliran setiap pekan.
B| Warga cukup membawa kartu keluarga asli.
B| Layanan buka pukul 08.00 hingga 14.00 WIB.
N:ot| Penulis: Rina Ayu | Editor: Dedi S.
N:sh| Bagikan ke: WA · FB · Telegram · Salin tautan
N:rl| Berita Terkait
N:rl| Wali kota tinjau perbaikan drainase di Jalan Merdeka
N:ot| Pengunjung hari ini: 2.381
"""),

C("vi-001", "vi", "Vietnamese commune people's committee portal without a headline, scraped from the first story line: source attribution, related news, visit counter, menu, breadcrumb and copyright all at the bottom.", """
B| Ủy ban nhân dân xã đã hoàn thành việc trải nhựa tuyến đường liên thôn dài 3,2 km.
B| Tổng kinh phí khoảng 4,6 tỷ đồng, trong đó người dân đóng góp hơn 600 triệu đồng.
B| Tuyến đường giúp học sinh đi lại thuận tiện hơn vào mùa mưa.
B| Xã dự kiến tiếp tục làm thêm hai tuyến đường trong năm nay.
N:at| Nguồn: Văn phòng HĐND-UBND xã
N:rl| Các tin khác
N:rl| Ra quân tổng vệ sinh môi trường đầu năm
N:ot| Số lượt truy cập: 184.203
N:nv| Cổng thông tin điện tử
N:nv| Trang chủ / Tin tức - Sự kiện / Tin địa phương
N:ot| Bản quyền thuộc Ủy ban nhân dân xã. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
"""),

C("th-001", "th", "Thai municipality news page scraped from the headline down: share row, posted-by/date stamp, footer with phone, then font-size controls and menu at the bottom.", """
T| เทศบาลเปิดจุดบริการน้ำดื่มฟรีช่วงหน้าร้อน
B| เทศบาลเปิดจุดบริการน้ำดื่มฟรี 15 จุดทั่วเขตเทศบาล ตั้งแต่วันที่ 15 มีนาคมถึง 31 พฤษภาคม
B| จุดบริการตั้งอยู่บริเวณตลาดสด สถานีขนส่ง และโรงเรียนในสังกัดเทศบาล
B| นายกเทศมนตรีกล่าวว่า ปีนี้คาดว่าอากาศจะร้อนกว่าปีที่ผ่านมา
B| ประชาชนสามารถนำขวดมาเติมน้ำได้
N:sh| แชร์ไปยัง Facebook | LINE
N:ot| โพสต์โดย: งานประชาสัมพันธ์ | 5 มีนาคม 2569
N:ot| สำนักงานเทศบาล โทร. 0-xxxx-xxxx ในวันและเวลาราชการ
N:nv| ขนาดตัวอักษร ก ก ก | ภาษาไทย | English
N:nv| หน้าหลัก | ข่าวประชาสัมพันธ์ | บริการประชาชน | ติดต่อเรา
"""),

C("ar-001", "ar", "Arabic municipality news page: language switch and menu on top; share row, publication stamp, related news and footer below; trailing whitespace.", """
N:nv| English | العربية
N:nv| الرئيسية | عن البلدية | الخدمات الإلكترونية | المركز الإعلامي
T| البلدية تبدأ تشجير شارع الكورنيش بـ 400 شجرة
B| بدأت البلدية يوم الأحد حملة لتشجير شارع الكورنيش بزراعة 400 شجرة من أشجار الظل.
B| وتستمر الحملة ثلاثة أسابيع بمشاركة متطوعين من المدارس والجمعيات الأهلية.
B| وقال مدير إدارة الحدائق إن الأشجار ستروى بنظام ري بالتنقيط.
B| وتهدف الحملة إلى خفض درجات الحرارة في الشارع خلال الصيف.
N:sh| مشاركة: فيسبوك | إكس | واتساب
N:ot| تاريخ النشر: 2026/03/04
N:rl| أخبار ذات صلة
N:rl| افتتاح حديقة عامة جديدة في الحي الشمالي
N:ot| جميع الحقوق محفوظة للبلدية © 2026
""", ws=True),
]
