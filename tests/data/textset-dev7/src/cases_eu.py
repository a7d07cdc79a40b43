# European-language cases of textset-dev7 (es, pt, de, fr, it, tr, pl, nl).

CASES = [
dict(id="es-001", lang="es", notes="Mexican aggregator repost (coffee cooperative): site header, 'Fuente:' and 'vía' lines, publish stamp, standalone dateline, inline teaser between paragraphs, quoted one-liner, tag line, related block, cookie banner with buttons.", text="""
ot| NoticiasYa24 — lo más leído de México y el mundo
at| Fuente: El Heraldo del Soconusco
at| vía Agencia Sureste
T| Cooperativa cafetalera de Chiapas logra su primer envío directo a Japón
ot| Publicado el 10/03/2026 a las 09:15 hrs
B| TAPACHULA, Chis. —
B| Una cooperativa de 214 pequeños productores de café de la Sierra Madre de Chiapas envió esta semana su primer contenedor directo a Japón, sin pasar por intermediarios.
B| El cargamento, de 19 toneladas de café lavado de altura, salió del puerto de Manzanillo rumbo a Yokohama.
B| La presidenta de la cooperativa, Rosalba Méndez, dijo que el precio pactado es 38% superior al que pagan los acopiadores locales.
rl| LEE TAMBIÉN ► Productores de cacao de Tabasco estrenan centro de acopio
B| “Es la primera vez que sabemos quién se toma nuestro café”, afirmó.
B| La cooperativa espera enviar dos contenedores más antes de que termine la cosecha.
nv| Etiquetas: café, Chiapas, exportaciones, Japón, cooperativas
rl| Te puede interesar
rl| Así quedó el precio del jitomate esta semana
rl| Lluvias atípicas afectan cosecha de mango en Guerrero
ck| Usamos cookies propias y de terceros para enseñarte anuncios a tu medida. Si continúas navegando, entendemos que lo aceptas.
ck| Aceptar   Configurar
"""),

dict(id="es-002", lang="es", notes="Spanish town-hall e-office news page (new bus line): skip link, accessibility/site-map/language links, council name, breadcrumb, date, 'Horario' subheading, helpfulness survey, last-modified stamp, cookie banner at the bottom. Trailing NBSP on two lines.", text="""
nv| Ir al contenido principal
nv| Accesibilidad | Mapa web | Castellano · Valencià
ot| Ajuntament de Vilamar — Sede electrónica
nv| Inicio / Actualidad / Movilidad
T| La nueva línea 7 de autobús unirá el barrio de La Sénia con el hospital desde el 1 de abril{nbsp}
ot| 12/03/2026{nbsp}
B| El Ayuntamiento de Vilamar pondrá en marcha el próximo 1 de abril la línea 7 del autobús urbano, que conectará el barrio de La Sénia con el Hospital Comarcal en unos 22 minutos.
B| La línea tendrá 16 paradas y una frecuencia de 20 minutos en días laborables y de 30 minutos los fines de semana.
B| Horario
B| De lunes a viernes, de 6:30 a 22:30 horas.
B| Sábados, domingos y festivos, de 8:00 a 21:00 horas.
B| La concejala de Movilidad, Marta Rius, explicó que la línea responde a una petición vecinal que reunió más de 3.000 firmas.
B| El billete sencillo costará 1,20 euros, y los titulares de la tarjeta joven viajarán gratis.
ot| ¿Le ha resultado útil esta información?
ot| Sí   No
ot| Última modificación: 12/03/2026
ck| Este portal utiliza cookies técnicas y, con su permiso, analíticas. Puede aceptarlas, rechazarlas o configurarlas.
ck| Aceptar todas   Rechazar   Configurar
"""),

dict(id="hard-es-001", lang="es", notes="HARD: scraper mirror site carrying a story about Chilean papers suing sites that copy their stories automatically (story quotes the 'Fuente:' label); the page itself has a real original-source/auto-replicated header, a replicated-content rights notice, a 'more replicated news' block and a PayPal tip jar. Standalone dateline.", text="""
at| Fuente original: diariolitoral.cl — Replicado automáticamente
ot| ESPEJO NOTICIAS · portal de noticias sin publicidad invasiva
T| Diarios chilenos demandan a sitios que copian sus notas de forma automática
B| SANTIAGO —
B| La Asociación de Diarios Regionales de Chile presentó una demanda contra los administradores de seis sitios web que, según la agrupación, copian de forma automática las notas de sus 23 diarios asociados.
B| La demanda sostiene que los sitios publican las noticias pocos minutos después del original, con la leyenda "Fuente:" y un enlace que en muchos casos no funciona.
B| “Poner el nombre del diario al pie no es pedir permiso”, dijo el abogado de la asociación, Tomás Echeverría.
B| Según la agrupación, los sitios espejo captan hasta el 15% de las visitas que llegan desde buscadores a algunas de sus notas.
B| Los demandados no respondieron a las consultas.
di| Este contenido fue replicado de forma automática desde su fuente original. Los derechos pertenecen a sus autores.
rl| Más noticias replicadas hoy
rl| Temporal deja sin luz a 40 mil hogares en Biobío
rl| Sube el precio del pan en Valparaíso
ot| Apoya este sitio espejo con una donación en PayPal ☕
"""),

dict(id="pt-001", lang="pt", crlf=True, notes="Brazilian agriculture podcast episode page with a P:/R: interview transcript (soy storage): show nav, episode number and length, player controls, subscribe-on links, guest line, transcript notice, sponsor break between answers, crowdfunding appeal, share row. CRLF line endings. All P:/R: lines are story.", text="""
nv| AgroPapo — o podcast do campo
nv| Episódios   Sobre   Anuncie   Contato
ot| Episódio 87 · 41 min
T| Colheita recorde de soja no Mato Grosso pressiona armazéns
ot| ▶ Ouvir agora   0:00 / 41:07   Velocidade 1x
nl| Assine no Spotify, Apple Podcasts, Deezer ou pelo RSS
ot| Convidado: Jorge Almeida, pesquisador do Instituto Agro do Cerrado
di| Transcrição gerada automaticamente e revisada pela equipe; pode conter erros.
B| P: Jorge, a safra de soja deste ano no Mato Grosso deve passar de 47 milhões de toneladas. Falta lugar para guardar tudo isso?
B| R: Falta. A capacidade de armazenagem no estado cresceu, mas bem menos do que a produção nos últimos cinco anos.
B| P: E o que o produtor está fazendo?
B| R: Muita gente está usando silo-bolsa na própria fazenda, o que é mais barato, mas exige cuidado com umidade e roedores.
ot| [Intervalo] Este episódio tem apoio da Sementes Boa Terra. Use o cupom PAPO10 no site.
B| P: Isso afeta o preço?
B| R: Afeta. Quem não tem onde guardar acaba vendendo logo depois da colheita, quando o preço costuma estar mais baixo.
B| P: Uma dica para quem vai plantar na próxima safra?
B| R: Planejar a armazenagem antes de planejar a área.
ot| Apoie o AgroPapo no financiamento coletivo e ganhe episódios extras
sb| Compartilhar: WhatsApp · Facebook · Copiar link
"""),

dict(id="hard-pt-001", lang="pt", nl="single", notes="HARD: WhatsApp channel repost of a story about the messenger's 'forwarded many times' label (the story quotes the label text); the post itself carries a real 'Encaminhada com frequência' label, channel name, source line, follow-the-channel pitch, forward-this prompt, reactions and time. Single newlines; the headline is wrapped in *asterisks*.", text="""
ot| Canal Notícias do Vale 📢
ot| Encaminhada com frequência
T| *Aplicativo vai mostrar alerta extra em mensagens encaminhadas muitas vezes antes das eleições*
B| O aplicativo de mensagens vai exibir um novo alerta em mensagens que já foram encaminhadas mais de cinco vezes, a partir de junho, segundo acordo anunciado nesta terça-feira com a Justiça Eleitoral.
B| Hoje, essas mensagens já trazem o rótulo "Encaminhada com frequência", com o ícone de duas setas.
B| O novo aviso vai sugerir ao usuário que confira a informação em agências de checagem antes de repassá-la.
B| Pesquisadores da Universidade Federal do Vale mostraram que 6 em cada 10 boatos eleitorais de 2024 circularam com esse rótulo.
B| O limite de encaminhamento para um chat por vez continua valendo.
at| Fonte: Jornal do Vale
nl| 📲 Siga o canal e ative o sininho 🔔 para receber as notícias
sb| Encaminhe para quem precisa saber!
ot| 👍 842  ❤️ 97  😮 41
ot| 10:17
"""),

dict(id="de-001", lang="de", notes="German farm-machinery trade magazine: cookie banner at top, masthead, section nav, editorial byline, photo caption with credit, 'Anzeige' label mid-story, 'Preis und Verfügbarkeit' subheading, related block, newsletter pitch, share row. Run of blank lines before the footer.", text="""
ck| Wir und unsere Partner setzen Cookies und ähnliche Techniken ein, um Inhalte anzupassen und die Nutzung zu messen. Mit „Alle akzeptieren“ willigen Sie ein.
ck| Alle akzeptieren   Nur notwendige   Einstellungen
nv| AGRARTECHNIK HEUTE
nv| Traktoren | Bodenbearbeitung | Erntetechnik | Digital Farming | Messen
T| Brunnhofer stellt Schmalspurtraktor mit Elektroantrieb für Weinbau vor
ot| Von Redaktion AT Heute · 04.03.2026
C| Der eV 75 im Steilhang bei Würzburg. Foto: Brunnhofer GmbH
B| Der bayerische Landmaschinenhersteller Brunnhofer hat einen batterieelektrischen Schmalspurtraktor für Wein- und Obstbau vorgestellt.
B| Der Brunnhofer eV 75 ist nur 1,12 Meter breit und leistet 55 kW.
ot| Anzeige
B| Der Akku mit 60 kWh soll nach Herstellerangaben für bis zu sechs Stunden Laubarbeit reichen.
B| Geladen wird über einen Typ-2-Anschluss oder einen Schnelllader auf dem Hof.
B| Preis und Verfügbarkeit
B| Der Traktor soll ab Herbst 2026 ausgeliefert werden und rund 118.000 Euro netto kosten.
B| „Im Steilhang zählt jedes Kilo“, sagte Entwicklungsleiter Florian Weigl.
---
---
rl| Mehr zum Thema
rl| Test: Drei Mulcher für die Rebzeile im Vergleich
rl| Förderprogramm für E-Landmaschinen verlängert
nl| Newsletter abonnieren: Jeden Freitag die wichtigsten Neuheiten aus der Landtechnik
sb| Artikel teilen: E-Mail · LinkedIn · WhatsApp
"""),

dict(id="hard-de-001", lang="de", notes="HARD: neighbourhood blog story on a court ruling that hobby blogs need no full Impressum (story mentions the missing 'Impressum' footer link and donation buttons); the page carries a real skip link, blog nav, comment count, a comment with reply link and a real 'Impressum | Datenschutz | Kontakt' footer.", text="""
nv| Zum Inhalt springen
nv| Südstadt-Blog Hannover
nv| Start   Lokales   Termine   Vereine   Über uns
T| Landgericht: Hobby-Blogs müssen kein vollständiges Impressum führen
ot| 13. März 2026 · von Jens Möller · 3 Kommentare
B| Private Blogs ohne geschäftlichen Hintergrund müssen kein vollständiges Impressum mit Wohnanschrift veröffentlichen.
B| Das hat das Landgericht Hannover in einem am Donnerstag veröffentlichten Urteil entschieden.
B| Geklagt hatte eine Kanzlei, die einem Rentner aus Linden eine Abmahnung über 1.200 Euro geschickt hatte, weil auf seinem Gartenblog der Link „Impressum“ in der Fußzeile fehlte.
B| Das Gericht stellte fest, dass der Blog weder Werbung noch Verkaufsangebote enthalte und deshalb nicht geschäftsmäßig betrieben werde.
B| Ein Kontaktformular reiche in solchen Fällen aus.
B| Verbraucherschützer begrüßten das Urteil, warnten aber: Wer Affiliate-Links oder Spendenbuttons einbaue, könne schnell als geschäftsmäßig gelten.
co| 3 Kommentare
co| Ingrid K. — 13. März 2026 um 18:40
co| Endlich mal Vernunft. Unser Kleingartenverein hatte auch so einen Brief bekommen.
co| Antworten
nv| Impressum · Datenschutzerklärung · Spendenkonto · Kontakt
ot| © 2026 Südstadt-Blog · Ehrenamtlich betrieben
"""),

dict(id="fr-001", lang="fr", notes="French university news page (bee tracking): university name, breadcrumb, published/updated stamp, share row above the story, inline teaser mid-story, quoted one-liner, press contact, 'À lire aussi' block, legal/accessibility footer.", text="""
nv| Université Loire-Atlantique
nv| Accueil > Actualités > Recherche
T| Des abeilles équipées de micro-étiquettes révèlent l'effet des haies sur leurs trajets
ot| Publié le 3 mars 2026 — Mis à jour le 5 mars 2026
sb| Partager sur : Facebook | LinkedIn | Bluesky | Courriel
B| Une équipe du laboratoire Écologie des paysages a suivi pendant deux étés plus de 1 200 abeilles domestiques équipées d'étiquettes RFID de 2 millimètres.
B| Les résultats, publiés dans la revue Apidologie Appliquée, montrent que les butineuses parcourent en moyenne 30 % de distance en moins dans les secteurs bocagers.
B| Les haies servent à la fois de repères visuels et de sources de nectar, selon les chercheurs.
rl| Lire aussi : Le campus plante 3 km de haies champêtres
B| « Une haie, pour une abeille, c'est une route et une station-service », résume la coautrice Claire Roussel.
B| L'équipe va désormais étudier les abeilles sauvages, plus difficiles à équiper.
ot| Contact presse : service communication, presse@univ-loire-atlantique.example
rl| À lire aussi
rl| Un nouveau master en agroécologie ouvre à la rentrée
rl| Journée portes ouvertes : le programme complet
nv| Mentions légales · Accessibilité : partiellement conforme · Plan du site
"""),

dict(id="hard-fr-001", lang="fr", notes="HARD: public-service news page about the 'Je donne mon avis' satisfaction button on online procedures; the page carries real skip links, a state banner, breadcrumb, a real 'Cette page vous a-t-elle été utile ?' survey with thank-you text, and a footer with accessibility status. Trailing spaces and a tab.", text="""
nv| Aller au contenu
^nv| Aller au menu
^nv| Aller à la recherche
ot| RÉPUBLIQUE FRANÇAISE — Observatoire des démarches en ligne{sp}
nv| Accueil › Actualités › Démarches en ligne
T| Le bouton « Je donne mon avis » a recueilli 4 millions de réponses en 2025
ot| Publié le 10 mars 2026{tab}
B| Le bouton « Je donne mon avis », affiché à la fin de plus de 300 démarches administratives en ligne, a recueilli 4,1 millions de réponses en 2025, selon le bilan publié mardi par l'Observatoire des démarches en ligne.
B| Les usagers y notent la démarche qu'ils viennent d'effectuer sur une échelle de trois visages, du plus satisfait au plus mécontent.
B| La note moyenne atteint 7,4 sur 10, en hausse de 0,3 point.{sp}{sp}
B| Les démarches les moins bien notées restent la demande de carte grise et la déclaration de cessation d'activité.
B| L'Observatoire reconnaît que seuls 2 % des usagers répondent.
B| « Ceux qui cliquent sont souvent ceux qui ont eu un problème », note son rapport.
ot| Cette page vous a-t-elle été utile ?
ot| Oui   Non
ot| Merci pour votre retour. Vos réponses restent anonymes.
nv| Plan du site | Accessibilité : non conforme | Mentions légales | Données personnelles | Gestion des cookies
"""),

dict(id="it-001", lang="it", nl="single", notes="Italian car forum thread (phpBB-style) quoting a city-car launch story: breadcrumb, post header, source aside, Cita/Segnala buttons, signature with underscore rule, one reply with header, back/jump links. Single newlines.", text="""
nv| AutoPassione Forum › Novità e anteprime › Utilitarie
T| Vespucci Ondina: la nuova citycar elettrica costerà meno di 20 mila euro
ot| Messaggio da turbodiesel_82 » 11 mar 2026, 21:37
at| Riporto l'articolo di MotoriOggi:
B| La Vespucci Ondina, citycar elettrica lunga 3,65 metri, arriverà nelle concessionarie italiane a settembre con un prezzo di partenza di 19.900 euro.
B| La batteria da 38 kWh promette un'autonomia di 280 km nel ciclo WLTP.
B| La produzione è prevista nello stabilimento di Pomigliano a partire da luglio.
B| L'amministratore delegato Paolo Fiorentino ha detto che l'obiettivo è vendere 40.000 unità all'anno in Europa.
B| Sarà disponibile anche una versione con batteria da 50 kWh a 23.400 euro.
ot| Cita
ot| Segnala
ot| ________________
ot| Punto GT '93 — ancora in piedi, ancora rumorosa
co| Re: Vespucci Ondina: la nuova citycar elettrica costerà meno di 20 mila euro
co| Messaggio da la_panda_rossa » 11 mar 2026, 22:05
co| Se la fanno davvero a quel prezzo ne vendono a camionate.
nv| Torna a “Utilitarie”
nv| Vai a
"""),

dict(id="it-002", lang="it", final_nl=False, notes="Italian aggregator repost (olive harvest) with no noise before the story: headline, standalone dateline, inline 'Leggi anche' teaser mid-story, share row, tag line, related block, then 'Fonte:' line, byline with site name and cookie banner at the very end. No final newline.", text="""
T| Puglia, la raccolta delle olive chiude con un +40%: prezzi dell'olio in calo
B| BARI —
B| La campagna olivicola 2025-2026 in Puglia si chiude con una produzione di olio stimata in 190.000 tonnellate, il 40% in più rispetto all'annata precedente.
B| Lo ha comunicato martedì l'associazione dei frantoi regionali.
rl| Leggi anche: Xylella, nuovi focolai in provincia di Brindisi
B| L'abbondanza ha fatto scendere il prezzo all'ingrosso dell'extravergine a circa 6,80 euro al chilo, contro i 9 euro di un anno fa.
B| «Per i consumatori è una buona notizia, per chi ha rinnovato gli impianti molto meno», ha commentato il frantoiano Nicola Lorusso.
sb| Condividi su Facebook   WhatsApp   Telegram
nv| Tag: olio, Puglia, agricoltura
rl| Altre notizie dalla Puglia
rl| Grano duro, prezzi fermi alla borsa di Foggia
at| Fonte: Gazzetta del Tavoliere
ot| di Redazione | 08/03/2026 | ItaliaNotizie360
ck| Questo sito usa cookie tecnici e, previo consenso, cookie di profilazione di terze parti. Chiudendo il banner accetti solo quelli necessari.
ck| Accetta tutti   Personalizza   ✕
"""),

dict(id="tr-001", lang="tr", notes="Turkish news site (hazelnut harvest): currency/gold/index ticker at top (crypto_ticker), section nav, desk byline with update stamp, standalone dateline, agency source line, crypto sign-up promo, related block, comment prompt, Google News follow pitch. Run of blank lines before the footer.", text="""
ct| DOLAR 38,4215 ▲ %0,12   EURO 41,0870 ▼ %0,08   GRAM ALTIN 3.412,55 ▲ %0,41   BIST 100 9.876 ▲ %0,65   BTC 3.997.410 ▼ %1,20
nv| Gündem | Ekonomi | Tarım | Spor | Yaşam
T| Fındıkta yeni sezon öncesi rekolte tahmini: 720 bin ton
ot| Karadeniz Ekonomi Masası | 10.03.2026 - 11:48 | Güncelleme: 10.03.2026 - 12:05
B| TRABZON —
B| Karadeniz Fındık İhracatçıları Birliği, 2026 sezonu için kabuklu fındık rekoltesini 720 bin ton olarak tahmin etti.
B| Tahmin, geçen yılki 650 bin tonluk rekoltenin yaklaşık yüzde 11 üzerinde.
B| Birlik Başkanı Hüseyin Karaoğlu, kış aylarının ılık geçmesinin ve ilkbahar donlarının yaşanmamasının verimi artırdığını söyledi.
B| Üreticiler ise artan gübre ve işçilik maliyetleri nedeniyle fiyatların en az 180 lira olması gerektiğini savunuyor.
at| Kaynak: Karadeniz Haber Ajansı
---
---
cp| Kripto yatırımına 100 TL ile başla — ilk işlemde komisyon yok! Hemen üye ol
rl| İlgili Haberler
rl| Çay üreticisine yaş çay primi müjdesi
rl| Rize'de heyelan: iki köy yolu ulaşıma kapandı
co| Yorum yazın, tartışmaya katılın
nl| Google News'te abone ol
"""),

dict(id="pl-001", lang="pl", notes="Polish local community portal (road works): GDPR cookie banner at top, portal name, nav, stamp, 'Co się zmieni' subheading, report-an-error link, share, comment count and two comments, 'Czytaj też' block.", text="""
ck| Dbamy o Twoją prywatność. Pliki cookie wykorzystujemy do statystyk i marketingu, zgodnie z RODO.
ck| Akceptuję wszystkie   Ustawienia
nv| Portal Mieszkańców Ząbkowic
nv| Wiadomości | Wydarzenia | Ogłoszenia | Kontakt
T| Remont ulicy Kolejowej ruszy w kwietniu. Będą objazdy
ot| 14.03.2026 08:12 · Redakcja
B| W kwietniu rozpocznie się przebudowa ulicy Kolejowej na odcinku od ronda Solidarności do wiaduktu kolejowego.
B| Prace potrwają do końca października i będą kosztować 8,6 mln zł.
B| Co się zmieni
B| Powstanie nowa nawierzchnia, chodniki po obu stronach i ścieżka rowerowa.
B| Przy szkole podstawowej nr 3 pojawi się wyniesione przejście dla pieszych.
B| Na czas prac autobusy linii 2 i 5 pojadą objazdem przez ulicę Mickiewicza.
ot| Zgłoś błąd w artykule
sb| Udostępnij
co| Komentarze (4)
co| Gość_Marek: Wreszcie, dziury tam są od lat
co| mieszkanka: A parking przy przychodni?
rl| Czytaj też
rl| Nowy plac zabaw w parku Miejskim już otwarty
"""),

dict(id="nl-001", lang="nl", notes="Dutch gadget/tech site (e-bike battery replacement): consent banner at top, site name, nav, byline with reaction count, 'Advertentie' label mid-story, 'Lees ook' block, share, reactions count and login prompt.", text="""
ck| Wij en onze 87 partners plaatsen cookies om advertenties en content op jou af te stemmen. Klik op 'Akkoord' om verder te gaan.
ck| Akkoord   Instellingen beheren
nv| TechKompas.nl
nv| Nieuws   Reviews   Prijsvergelijker   Forum
T| Velora vervangt gratis accu's van e-bikes met tegenvallend bereik
ot| Door Sanne de Wit · 9 maart 2026 om 14:20 · 112 reacties
B| Fietsfabrikant Velora vervangt kosteloos de accu van ruim 9000 e-bikes uit de Stadsrijder-serie.
B| Eigenaren klaagden dat het bereik na een jaar was gedaald tot minder dan 40 kilometer, terwijl Velora 90 kilometer belooft.
ot| Advertentie
B| Volgens Velora gaat het om een productiefout in een partij accucellen uit 2024.
B| Klanten krijgen een brief met een serienummercontrole en kunnen hun fiets bij de dealer laten ombouwen.
B| De actie loopt tot eind 2026.
rl| Lees ook
rl| Review: goedkope e-bikes onder de 1500 euro
sb| Deel dit artikel
co| Reacties (112)
co| Log in om te reageren
"""),
]
