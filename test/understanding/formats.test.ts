import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/conversation/session';
import { recognize } from '../../src/understanding/recognizer';

type Row = [text: string, total: number | null, covered: number | null, gap: number | null, locale?: string];

// Each row: a way admins write figures, and what the engine must compute from it.
const FORMATS: Row[] = [
  ['I have 1679 devices and 320 E5', 1679, 1600, 79],
  ['1,679 devices and 320 E5', 1679, 1600, 79],
  ['1 679 devices and 320 E5', 1679, 1600, 79],
  ['1.7k devices and 320 E5', 1700, 1600, 100],
  ['12k devices, 2.5k E5', 12000, 12500, 0],
  ['two thousand devices and three hundred and twenty E5', 2000, 1600, 400],
  ['devices: 1679, E5 x 320', 1679, 1600, 79],
  ['Devices: 1679. Licenses: 320', 1679, 1600, 79],
  ['3,751 devices / 750 E5', 3751, 3750, 1],
  ['320E5 and 1679 devices', 1679, 1600, 79],
  ['320 Microsoft 365 E5 licences, 1679 devices', 1679, 1600, 79],
  ['we have 473 network devices and 1206 IoT devices, 320 ME5', 1679, 1600, 79],
  ['473 network + 1206 iot, 320 m365 e5', 1679, 1600, 79],
  ['1679 devices, 200 E5 and 120 E5 Security', 1679, 1600, 79],
  ['1679 devices, 300 E5 and 50 standalone eIoT licences already owned', 1679, 1550, 129],
  ['51 printers and 320 E5', 51, 1600, 0],
  ['40 printers, 30 phones and 20 cameras with 10 E5', 90, 50, 40],
  ['2000 devices and 3000 laptops, 300 E5', 2000, 1500, 500],
  ['500 devices, MDE P2 only', 500, 0, 500],
  ['500 devices and no E5', 500, 0, 500],
  ['1000 devices and 300 E3', 1000, 0, 1000],
  ['1000 devices, 300 E3 and 100 E5', 1000, 500, 500],
  ['E5 for 400 users, 2500 devices', 2500, 2000, 500],
  ['400 devices at HQ and 250 at the warehouse, 100 E5', 650, 500, 150],
  ['our 12 offices have roughly 90 IoT devices each and we have 150 E5', 1080, 750, 330],
  ['16 3D printers and 20 cameras, 2 E5', 36, 10, 26],
  ['1 E5 = 5 devices right? so with 40 E5 and 230 devices how many do we need', 230, 200, 30],
  ['we have 3,100 mobile and 900 iot devices, 100 E5', 900, 500, 400],
  ['logistics firm: 700 scanners, 40 wi-fi access points; 100 E5', 740, 500, 240],
  ["Last year's count was 2,367 devices, but that was before the new wing opened. Today the network devices tab shows 243 and the IoT devices tab 771. We have 100 E5.", 1014, 500, 514],
  ['We went from 401 E5 licences last year to 324 at the April renewal. 2,000 devices.', 2000, 1620, 380],
  ['For scale, we have around 1,900 staff across 39 sites. 400 devices and 50 E5', 400, 250, 150],
  ['41 branches. Each branch has 2 badge readers, 1 queue display and 3 printers. 95 E5', 246, 475, 0],
  ["700 E5, 3,620 devices. Actually hold on, 3,620 includes computers. Without computers it's 3,150.", 3150, 3500, 0],
  ['Lisbon 220 IoT\nPorto 174 IoT\nNetwork gear across all four: 88\nWe own 150 E5', 482, 750, 0],
  ['ME5: 250\nnetwork: 98\niot: 1,310\ncomputers: 900\nphones: 700', 1408, 1250, 158],
  ['5 clinics each w/ ~ 20 devices and 10 e5', 100, 50, 50],
  ['do I round 1,234 up to 1300? we have 200 e5 security', 1234, 1000, 234],
  ['Per branch we have 2 printers, 3 cameras, 1 badge reader, 1 switch and 6 laptops, and there are 45 branches. 100 E5', 315, 500, 0],
  ['the March audit said 1,050 devices; the portal today shows network 280 and IoT 820. We have 190 E5', 1100, 950, 150],
  ['Network devices 310 (this includes our core switches), IoT 905, plus 220 servers on Computers & Mobile. E5 200', 1215, 1000, 215],
  ['The Defender inventory says 2,450 devices, but the CMDB export says 2,910 for the same scope. 400 E5 Security', 2450, 2000, 450],
  ['inventory says 284 network / 903 iot, 11 stations + HQ. we have 150 m365 e5 + 50 e5 sec', 1187, 1000, 187],
  ['90 users are on Business Premium and our 25-person security team are on Microsoft 365 E5. 173 devices', 173, 125, 48],
  ['sanity check pls: 918 devices, 184 E5 -> covered 920 so gap 0?', 918, 920, 0],
  ['we counted 388 things on the IoT tab plus 141 switches and APs on Network devices. 60 E5 Security', 529, 300, 229],
  ["September's audit found 2,900 devices; today the portal shows 3,260 (network + IoT combined). 600 ME5", 3260, 3000, 260],
  ['Net devs: 143 | IoT devs: 1,287 | ME5: 260. Housing association, 30 sheltered schemes', 1430, 1300, 130],
  ['The IoT tab says 2.4k devices and the network tab says 310. We have 500 ME5', 2710, 2500, 210],
  ['biz premium 150 devices', 150, 0, 150],
  ['12 stores, each store has 25 IoT devices + 3 network devices. 40 E5 licences total', 336, 200, 136],
  ['- 640 projectors\n- 210 switches/APs\n- 160 E5 Security', 850, 800, 50],
  ['Do I include servers in the count? We have 40 servers, 500 IoT devices, 90 E5 – how many licences to buy?', 500, 450, 50],
  ['dental group, six practices, each one with 25 IoT devices and 5 network devices. 30 E5 licences total', 180, 150, 30],
  ["we've got 150 licences and 900 devices, but 200 of those 900 are laptops. do we need anything extra?", 700, 750, 0],
  ['Ferry operator, 4 routes, 9 vessels. E5 x 500 and eIoT standalone x 100. Inventory: IoT 2,210, network 655', 2865, 2600, 265],
  ['3 ships x roughly 400 IoT devices each, and the shore office has another 150 network devices. 180 E5', 1350, 900, 450],
  ['devices 5,800 network+IoT combined, licences: we have E5 for the 1,000 shore staff only (one licence each)', 5800, 5000, 800],
  ['Licensing is just Defender for Endpoint P2, we dropped E5 two years ago. We have 1,900 devices', 1900, 0, 1900],
  ["a 300 seat recruitment company, everyone on Microsoft 365 E5. 1,640 devices", 1640, 1500, 140],
  ['Counting IoT + network: 890 (IoT alone is 640). 150 E5', 890, 750, 140],
  ["Last year we had 35 E5 licences, but after the restructure we're down to 28. IoT 151, network 19", 170, 140, 30],
  ["Last year's audit said we had 640 IoT devices; the IoT devices tab now shows 702, with 118 on the network tab. 150 E5, 40 standalone", 820, 790, 30],
  ['We did a count last October: 410 IoT devices. This month: 455 IoT devices and 61 network devices. 90 E5 and 15 standalone', 516, 465, 51],
  ['Our IT audit from 2023 recorded 2,100 IoT devices. The current portal count is 1,870 IoT and 150 network devices. 350 E5', 2020, 1750, 270],
  ['we have 40 E5 and 186 office IoT devices + 24 switches. gap?', 210, 200, 10],
  ['cameras 1,460 (60 of them last seen 45 days ago), intercoms 1,100, 500 E5 + 100 E5 Security', 2500, 3000, 0],
  ["480 IoT devices incl. 45 that haven't been online for 3 months; 90 E5", 435, 450, 0],
  ['E5 count 650. cameras 2,100, door controllers 900, intercoms 300. minus 120 cameras not seen in 60 days', 3180, 3250, 0],
  ['network devices 212, iot devices 1,487 but 160 are in closed sites not seen for 6 weeks. 300 M365 E5', 1539, 1500, 39],
  ['IoT tab: 927. E5: 180. but the 47 conveyor scanners havent reported in 35 days', 880, 900, 0],
  ['186 IoT devices + 24 switches, 40 E5. 12 of the IoT ones were last seen 3 weeks ago (so they still count)', 210, 200, 10],
  ['IoT-Geräte 1.679, Netzwerkgeräte 0, 320 ME5 - brauchen wir 79 Einzellizenzen?', 1679, 1600, 79, 'de-DE'],
  ["we've got 1'679 iot devices and 300 m365 e5", 1679, 1500, 179],
  ['800+200 devices in the IoT tab, 150 E5 licences, and 25 standalone eIoT licences', 1000, 775, 225],
  ['3 sites, 210 IoT devices at each one. licences: 100', 630, 500, 130],
  ['two and a half thousand IoT devices, 400 E5 + 100 E5 Security', 2500, 2500, 0],
  ['School district: 15 schools x (40 printers + 12 smartboards + 6 cameras). 150 M365 E5', 870, 750, 120],
  ['48 stores @ 9 devices each (6 cams + 3 label printers). E5 x 75', 432, 375, 57],
  ['36 classrooms with 1 projector, 1 smartboard and 2 cameras each, 20 E5 for staff', 144, 100, 44],
  ['bakeries: 22 stores each with 1 switch, plus 66 IoT devices. 12 E5', 88, 60, 28],
  ['Retail chain: 120 stores x (4 cameras + 2 kiosks + 1 printer) = 840 devices, plus 60 switches at HQ. ME5: 150', 900, 750, 150],
  ['Sites: HQ 300, Warehouse 145, Store 55 (IoT + network combined). E5 Sec: 90 + 5 standalone eIoT', 500, 455, 45],
  ['Diocese IT: 47 parishes. IoT tab 1,113, network tab 204. 180 M365 E5 plus 40 eIoT standalone', 1317, 940, 377],
  ['Care group, 8 homes. E5 x 150, E5 Security x 50, standalone eIoT x 50. Network 222, IoT 750', 972, 1050, 0],
  ['A 2023 consultant report estimated 2,800 devices, but that is now out of date. Current inventory: 1,045 network devices and 2,165 IoT devices. 520 E5', 3210, 2600, 610],
  ["Inventory: network 710, IoT 1,930. E5 x 500. Last season we had 2,020 devices in total but that was before the new wind tunnel", 2640, 2500, 140],
  ["Network devices - 318, IoT devices - 1,081. 260 ME5. Last year's Excel sheet said 1,100 devices but it's wrong now", 1399, 1300, 99],
  ["Last year we had 368 Microsoft 365 E5; after this year's true-up it's 333. IoT devices tab: 1,947", 1947, 1665, 282],
  ['we are having 1,20,000 IoT devices and 20,000 M365 E5 licences', 120000, 100000, 20000],
  ["devices 1400? no wait, it's 1500. 200 E5", 1500, 1000, 500],
  ['E5: 200. devices: twelve and a half thousand? no wait let me check... ok the IoT tab says 12,480 and network 1,020', 13500, 1000, 12500],
  ['12k IoT devices (badge readers and IP cams across 40 buildings, yes forty) and roughly 900 network devices. M365 E5 2,000 and E5 Security 350', 12900, 11750, 1150],
  ['Taxi firm: 250 E5 Security licences, 1,340 IoT + 95 network devices. Also 400 phones in the mobile tab', 1435, 1250, 185],
  ['MDE P2 only. 400 cabs with telematics boxes (they show as IoT) and 20 network devices', 420, 0, 420],
  ['E5 Security 90 + ME5 10 -> 100 total. inventory says 498 iot + 3 network', 501, 500, 1],
  ['14 warehouses, each one have 50 IoT devices and 10 network devices. we have 150 E5', 840, 750, 90],
  ['devices 3.500 (three thousand five hundred) network+iot, ME5 600', 3500, 3000, 500],
  ['3000 users with E5. 16,200 devices in inventory: 4,000 laptops, 3,000 phones, rest is network and IoT', 9200, 15000, 0],
  ['60 ME5, 400 devices (300 IoT + 100 laptops)', 300, 300, 0],
  ['funeral homes, 4 branches: 8 cams + 3 printers + 2 door controllers per branch, 6 E5', 52, 30, 22],
  ['printing house, 2 presses with embedded controllers (on the IoT tab), 14 printers, 3 switches, 1 router. MDE P2 + 10 standalone eIoT', 20, 10, 10],
  ['We manage 6 sites for this client. IoT tab per site: 120, 85, 240, 60, 33, 102. Network tab overall: 150. E5: 140', 790, 700, 90],
  ['Helix brought 300 Microsoft 365 E5 licences with them and we had 45 of our own. 2,060 devices', 2060, 1725, 335],
  ['Following up on the 2024 audit (which said 600 devices), our count now: 640 IoT devices and 95 network devices. 120 E5 and 30 standalone', 735, 630, 105],
  ['Our contractor did an audit last March and counted 410 IoT devices, but the inventory today shows 96 network devices and 522 IoT devices. We are on E3 for everyone', 618, 0, 618],
  ['Total count from the two tabs is 920. 150 E5 Security licences and 45 standalone eIoT licences. If it is under 50 I can approve it myself', 920, 795, 125],
  ['14 forklift telematics units, 33 door sensors, 22 IP cams and 6 network switches; plus 200 handheld scanners which show under Computers & Mobile. MDE P1 only', 75, 0, 75],
  ['radio station has 3 studios, 28 IP phones, 9 audio codecs, 4 printers, 2 smart TVs and 15 laptops. We have 5 E5 licences', 43, 25, 18],
  ['Boatyard has 2500 devices in the Computers & Mobile tab and 0 anywhere else. 10 E5', 0, 50, 0],
  ['Servers 40, phones 600, cameras 77, smart TVs 23, conference room panels 18. No E5 at all, just Defender for Endpoint P2', 118, 0, 118],
  ["Inventory: 473 network and 1206 IoT? No - those are the numbers from Microsoft's example, ours are 381 network and 1,109 IoT. We have 250 Microsoft 365 E5", 1490, 1250, 240],
  ['1,000 E5 licences. IoT devices: 5,840. Network devices: 612. We expect another 900 IoT devices when the new waterpark opens next spring', 6452, 5000, 1452],
  ["Currently our hotel group has 150 ME5, but from January we're cutting back to 120 ME5. Current inventory is 760 devices (network + IoT)", 760, 750, 10],
  ['We have ME5 for 45 users (the rest of the 120 staff are volunteers with free accounts). Device inventory: 198 IoT and 52 network', 250, 225, 25],
  ['IoT devices: 2,222 and Network devices: 345. Tenant A has 300 E5, Tenant B has 110 E5 - which we can treat as 410 E5', 2567, 2050, 517],
  ['nursery group, each of our 6 sites has 22 IoT devices. we hold 25 E5 Security licences', 132, 125, 7],
  ['gallery w/ 3 locations, IoT devices 140 / 95 / 61, no network devices listed. 25 M365 E5 licences', 296, 125, 171],
  ['IoT tab: 88 consoles, 30 smart TVs, 12 badge readers. Network: 26. E5 Security: 30 + 3 add-on eIoT licences', 156, 153, 3],
  ["We're Microsoft 365 E5 for 1,200 users, well 300 of them are actually on E3, so 900 E5. Inventory: 3,100 IoT, 1,420 network", 4520, 4500, 20],
  ["Our E5 count is 450 but 120 of those expire on 30 June. After that, with 1,980 devices across the network+IoT tabs, how many?", 1980, 1650, 330],
  ["We've got 25 standalone eIoT licenses that expire next week and 40 E5. 190 IoT devices. If we let the standalone ones lapse, how many do we need?", 190, 200, 0],
  ['1,046 IoT + 344 network devices, 240 E5, and 30 legacy standalone eIoT licences we still own', 1390, 1230, 160],
  ["Our inventory has 1679 devices across network and IoT... no sorry, that's the number from the Microsoft example I was reading. Ours is 1,486: 402 network and 1,084 IoT. We have 280 E5 licences", 1486, 1400, 86],
  ['Current estate: network devices 275, IoT devices 890. 190 Microsoft 365 E5. The new building will add roughly 300 more cameras and gate readers but they are not on the network yet', 1165, 950, 215],
  ['Network devices tab 634, IoT devices tab 1,988, Microsoft 365 E5: 400, Standalone eIoT (bought in 2024): 150', 2622, 2150, 472],
  ["Auditors found 520 devices last year. Now we've got 612 IoT devices and 97 network devices, and we still have 120 E5 licences", 709, 600, 109],
  ['Our E5 count is 1,400. The Defender inventory shows IoT devices: 5,820 and Network devices: 1,655. The previous plan (2023) assumed 6,000 devices in total', 7475, 7000, 475],
  ['Retirement community with two campuses (Oakhurst and Glenview). Each campus has 250 devices on the network and IoT tabs combined. We have 50 E5 licences and 50 standalone eIoT licences', 500, 300, 200],
  ['Devices: network 2048, IoT 0? no wait, that figure is combined. Combined network + IoT = 2,048. E5 licences: 400', 2048, 2000, 48],
  ['council, 42 E5. we count 77 IoT and 31 network, plus ~600 computers and ~350 phones', 108, 210, 0],
  ['Total eIoT-relevant devices (network + IoT tabs, computers excluded) = 2,350. Licences: ME5 x 410', 2350, 2050, 300],
  ['The IoT tab shows 845 but the monthly report says 1,120 IoT devices. Network is 200. We have 180 E5', 1045, 900, 145],
  ['print shop: 6 large-format printers, 4 copiers, 2 cameras. no E5', 12, 0, 12],
  ["We've got 30 M365 E5 and 10 standalone eIoT licences. 39 network devices and 171 IoT devices. The Learn page talks about rounding to 100 so should I be thinking 300 devices?", 210, 160, 50],
  ["90 E5 Security. The network team's spreadsheet says 380 network devices and 1,020 IoT devices, but the Defender inventory says 350 network devices and 1,090 IoT devices", 1440, 450, 990],
  ['We used to have E5 but dropped back to E3 in January. Inventory shows 140 devices on the Network and IoT tabs', 140, 0, 140],
  ['laundry: 33 connected washers, 33 connected dryers, 2 routers. E3 only. how many licences', 68, 0, 68],
  ['bowling alley: lane machines 48, pinsetters 48, cameras 16, and we have fifteen E5', 112, 75, 37],
  ['- iot 412\n- network 77\n- laptops 1300\n- phones 900\n- e5 security 80', 489, 400, 89],
  ['We have 12 surgeries, each with the same kit: 2 printers, 1 router, 2 access points, 3 cameras and 1 door controller. Licensing is 65 E5 Security.', 108, 325, 0],
  ['We have 9 network devices and 143 IoT devices (the venue CCTV alone is about half of that). We own 25 E5 Security licences and 6 standalone eIoT licences.', 152, 131, 21],
  ['The Defender portal shows IoT 167 and Network 51 today; his spreadsheet from last summer said IoT 120. E5 = 40, standalone = 0.', 218, 200, 18],
  ['Current Defender inventory: IoT 212, network 46 (the audit had 260 IoT before the clean-up). Our licences are 44 Microsoft 365 E5 and 10 standalone eIoT device licences.', 258, 230, 28],
  ["Device inventory: IoT 2,230, network 415. Last year's audit put us at 2,010 IoT but we've added gate screens since. 400 E5", 2645, 2000, 645],
  ['stadium catering co: 1.5k devices on the iot tab and 0.2k network lol. 330 E5 Security licences', 1700, 1650, 50],
  ['ice rink chain: 4 rinks x 55 iot devices, 8 network each. 30 E5 licences. how many do i buy', 252, 150, 102],
  ['Mountain resort: hotel side has 850 iot devices (smart locks, thermostats, TVs), ski side has 1,130 (gates, cameras, kiosks). Network 240. Licences: 360 M365 E5 + 30 standalone eiot.', 2220, 1830, 390],
  ['How many standalone licences for our 640 devices? we have 100 E5, and 420 of the 640 are laptops and tablets', 220, 500, 0],
  ["licences = 0 E5 (we're Business Premium), devices = 615 lift/hotel iot + 44 network", 659, 0, 659],
  ["Network 473, IoT 1206... wait no that's the docs example lol. ours is network 529, IoT 1,318. ME5 x 350. how many do we need?", 1847, 1750, 97],
  ['860 handheld scanners (Android, they show under Computers & Mobile), 410 label printers, 95 network switches. E5 x 60.', 505, 300, 205],
  ['> @eIoT Advisor: you would need 15 more\nwait, I forgot the 25 door controllers. So 365 devices with 65 E5?', 365, 325, 40],
  ['1 E5 covers 5, we have 14 of them, and 77 devices. how many to buy?', 77, 70, 7],
  ["38 network devices (switches, Wi-Fi APs, two firewalls) and 421 IoT devices. Most of those are label printers. I've left out the 96 laptops and 40 phones. 95 E5", 459, 475, 0],
  ['our office and the 2 travelling units sit in one tenant. mde p2 only. inventory says network 17, iot 96.', 113, 0, 113],
  ['Computers & Mobile (includes 140 servers): 2,200\nNetwork devices: 620\nIoT devices: 1,905\nWe have 420 ME5 licences.', 2525, 2100, 425],
  ['projector controllers 12\nDMX lighting nodes 34\nlobby displays 18\ncafé tills 6\nCCTV cameras 28\nnetwork switches & APs 41\nWe hold 25 E5.', 139, 125, 14],
  ['E5 Security x 75 and Microsoft 365 E5 x 25. Network 190 and IoT 390. I make that 80 short. Do I have to round it up to 100?', 580, 500, 80],
  ['Network 402 and IoT 1,301. Licences: E5: 310, plus E5 Security for the lab informatics team: 25.', 1703, 1675, 28],
  ['Forwarded from our infrastructure lead last quarter: IoT + network came to about 1,450 in March. Today the portal shows Network 402 and IoT 1,301. 335 E5', 1703, 1675, 28],
  ['net/iot/comp = 120/680/1500, E5 Security 140. standalone needed?', 800, 700, 100],
  ['K-12 district, 14 schools. Every school has 22 classroom projectors and 6 printers, plus 40 network switches district-wide. 95 E5 licences.', 432, 475, 0],
  ['Retail, 120 stores. Each store: 2 network switches, 1 AP, 4 cameras, 1 label printer. 240 E5 licences.', 960, 1200, 0],
  ['Retail ops: 11 devices per store, 38 stores, plus 25 devices at the distribution centre. MDE P2 only.', 443, 0, 443],
  ['14 clubs and 22 paid staff, the rest are volunteers. Network devices 31, IoT devices 64 and Computers & Mobile 40. MDE P2 only, no E5.', 95, 0, 95],
  ['Defender shows 2.5k devices across network and IoT combined over our 9 screening venues. We have 400 E5.', 2500, 2000, 500],
  ["Before the opening we had 380 IoT + 120 network devices. Now it's 512 IoT and 141 network. We have 110 E5 licences.", 653, 550, 103],
  ['network 1,034, IoT 2,877, ME5 700, E5 Sec 0, standalone 0. My number is 411 standalone licences - am I right?', 3911, 3500, 411],
  ["Priya: 'IoT tab 1,488; network tab 512; ME5 400'. She also mentioned 300 E5 Security, but those belong to our sister company's separate tenant, so please ignore them.", 2000, 2000, 0],
  ['Licences: ME5 600. Inventory: Network 780, IoT 2,490, Computers & Mobile 1,600 (including 300 Surface tablets used by field engineers).', 3270, 3000, 270],
  ['language school, 4 campuses. IoT tab: 140, 95, 210, 77. network tab: 40, 22, 51, 18. We have 90 E5.', 653, 450, 203],
  ['Just the IoT and network tabs: 2,101 and 399. 500 E5 Security. I think we are exactly covered?', 2500, 2500, 0],
  ['3 subsidiaries on same tenant: Mexico 90 E5, Colombia 40 E5, Chile 25 E5. IoT devices total 710, network 115.', 825, 775, 50],
  ['Abeg calculate am: IoT 990, network 210, E5 we get 200, standalone 0', 1200, 1000, 200],
  ['We were told 5 devices per E5 so with 64 E5 we get 320. We now have 298 IoT devices and 41 network devices.', 339, 320, 19],
  ['Licences: E5 Security x 90. Devices: IoT 388, Network 97, Computers & Mobile 1,400, phones 600. Extra licences?', 485, 450, 35],
  ['320 E5 Security + 80 ME5. IoT 1.950, network 230. I mean 1950, one thousand nine hundred fifty. Gap?', 2180, 2000, 180],
  ["Devices:\nIoT 1,950\nNetwork 260\nLicences:\nE5 400\nE5 Security 40\nStandalone 15\nAnd we're retiring 30 of the E5 next month - for now, what's the gap?", 2210, 2215, 0],
  ['Stores rollup\n* North region: 410 IoT / 88 network\n* South region: 522 IoT / 104 network\n* TOTAL: 932 IoT / 192 network\nLicences: ME5 200', 1124, 1000, 124],
  ['We have 260 E5 licences and 70 standalone eIoT. inventory: 1,420 IoT, 300 network. Wait, I double counted - IoT is 1,240.', 1540, 1370, 170],
  ['Devices (Network+IoT) = 2,750; ME5 = 500; E5 Sec = 50. sorry, E5 Sec is 5 not 50', 2750, 2525, 225],
  ['MDE P2 only tenant. IoT devices tab: 1,010. Network devices tab: 0 (we did not enable). Computers & Mobile: 4,500. Purchase quantity?', 1010, 0, 1010],
  ['We have 1,800 devices total in the Defender inventory but that includes the computers and phones, roughly 1,200 of them. No E5.', 600, 0, 600],
  ['E5 Security x 18, Network x 27, IoT x 81, Computers x 54, Mobile x 60. How many extra?', 108, 90, 18],
  ['Tattoo studio, 2 ME5. 4 printers, a card terminal, 2 cameras, the wifi router, 3 iPads. Do we need extra eIoT licences?', 8, 10, 0],
  ['Tea importer, 3 warehouses. Printers 44, label printers 19, CCTV cams 71, barcode scanners on wifi 58, switches + APs 40. Also ~120 laptops. 10 E5', 232, 50, 182],
  ['auction hall: 38 ip cameras, 9 label printers and 21 switches. the buyers also carry about 150 handheld phones but I assume those don\'t count. 10 E5 Security', 68, 50, 18],
  ['We only have Defender for Endpoint P2. The stage side has 140 lighting and dimmer controllers, 60 fly-system sensors, and there are 33 network switches.', 233, 0, 233],
  ['> "We have 95 E5 and the press hall audit last year found 300 devices, so we should be fine, right?"\n\nThe portal today shows 512 IoT devices and 140 network devices. What is our shortfall?', 652, 475, 177],
  ["Devices: 1,679?? No sorry that's the example from the docs. Ours is 342 IoT and 27 network. Licences: 50 ME5.", 369, 250, 119],
  ['E5 Security x 160. Network devices - 311\nIoT devices - 904\nComputers & Mobile - 1,988\nAlso the old spreadsheet from the 2023 audit says 700 IoT devices, ignore that.', 1215, 800, 415],
  ["- 2023 audit: 180 devices (old site, obsolete)\n- Today's IoT devices tab: 296\n- Today's network devices tab: 33\n- Licences: 40 E5 Security", 329, 200, 129],
  ['We hold 420 Microsoft 365 E5 licences. Device inventory: 1,870 IoT and 356 network. Laptops and phones: 2,900.', 2226, 2100, 126],
  ["Removals firm, 140 van trackers show as IoT devices, 12 network devices, 300 phones. we're MDE P2 only.", 152, 0, 152],
  ['Plant nursery with 3 greenhouses. Each greenhouse has 15 climate sensors and 2 cameras, plus 4 network switches in the shed. 8 E5. gap?', 55, 40, 15],
  ['E5 x 75 / E5 Sec x 25 / network 140 / iot 480 / phones 600 -- gap?', 620, 500, 120],
  ['Tiny customer: one E5 licence, 3 printers and a smart TV. Do they need any eIoT add-on?', 4, 5, 0],
  ['Two tenants on my desk today. Fabrikam: 150 E5 Security, 640 network + 290 IoT. Northwind: 40 E5, 75 IoT devices. I only need the Fabrikam gap for now.', 930, 750, 180],
  ['Woodgrove has 80 E5 and 390 IoT; Tailspin has 120 E5 Security, 410 network and 350 IoT. The question is about Tailspin - what is their shortfall?', 760, 600, 160],
  ['Ticket CS-7781 (Litware) and CS-7790 (Adatum). Litware: E3 only, 55 cameras. Adatum: 25 ME5, 140 network, 33 IoT. Please do the calc for Adatum.', 173, 125, 48],
  ['We are university with 5 faculties. Each faculty has 80 IoT devices and 20 network devices. We have 70 E5 licences in total.', 500, 350, 150],
  ['Inventory export: 1,006 rows in IoT, 94 in network. our license is M365 E5 x 210', 1100, 1050, 50],
  ['print shop: 1.2k IoT devices?? mostly printers lol, plus 300 network devices. we have E5 x 180', 1500, 900, 600],
  ['Physio group with 7 clinics, each clinic has exactly 12 IoT devices and 3 network devices, we have 15 E5 licences in total.', 105, 75, 30],
  ['The inventory shows 212 on the Network devices tab and 1,048 on the IoT devices tab. We hold 180 Microsoft 365 E5 licences for our 260 staff.', 1260, 900, 360],
  ['Last winter we had around 900 devices and 150 E5 licences. This year the Network devices tab shows 204 and the IoT devices tab 811, and we have 170 E5.', 1015, 850, 165],
  ['The external audit in March said we had "approximately 450 IoT assets". The portal today shows 66 network devices and 402 IoT devices. We have 80 E5.', 468, 400, 68],
  ['Our consultant added up the Network devices and IoT devices tabs for us and the two come to 842 together. We are on ME5 x 150.', 842, 750, 92],
  ["We have E5 for the 90 office staff only - that's 90 licences. The inventory shows 52 network devices and 486 IoT devices over the 40-hectare site.", 538, 450, 88],
  ['Before the merger, the office tenant alone had 1,100 devices and 200 E5 licences. The combined inventory is now network 610, IoT 1,790, and 430 E5 plus 60 E5 Security.', 2400, 2450, 0],
  ['farm shop network 22 IoT 70 licences 18 E5 security', 92, 90, 2],
  // Dictated by voice: product names spelled out, numbers in words, a figure withdrawn aloud.
  ['our tenant has three hundred and thirty m three six five e five licences and the network tab says 200 and the I o T tab says 1,500 how many standalone', 1700, 1650, 50],
  ['so E5 times one twenty and E5 security times forty and network devices five hundred I o T devices three hundred and three how many to buy', 803, 800, 3],
  ['we have uh nine thousand devices on the I o T tab no wait that\'s including the computers let me check okay it\'s 6,420 I o T and 1,200 network and we have 1,400 E5', 7620, 7000, 620],
  ['we have three hundred e five but actually half of them are e three so 150 E5 and 150 E3 and 900 I o T devices how many to buy', 900, 750, 150],
  ['ok so one thousand two hundred laptops and 300 phones plus 410 printers and 95 cameras and we have 90 E5 what do I need', 505, 450, 55],
  ['our network devices total is 1,002 and I o T devices total is 3,998 and we own 1,000 e five', 5000, 5000, 0],
  // Several plans at once: only E5 kinds and standalone licences cover devices.
  ['Licences: 95 x Microsoft 365 E5, 40 x Office 365 E3. Network 118, IoT 702', 820, 475, 345],
  ['E5 Security for 125 + ME5 for 375 = 500 licences. Network+IoT = 2,640.', 2640, 2500, 140],
  ['we hold 140 E5 Security licences, and our Business Premium subscription has 60 seats. Inventory: network 205, IoT 611', 816, 700, 116],
  ['Tally from Assets > Devices: printers 212, IP cameras 148, badge readers 64, smart TVs 90 (all on the IoT tab) and 77 network devices. 80 Microsoft 365 E5 plus 30 standalone eIoT', 591, 430, 161],
  ['how many eIoT licences do we need for our 3 coworking sites? network: 54 / 61 / 48, IoT: 120 / 133 / 97. 80 E5', 513, 400, 113],
  ['Bakery with 14 shops. each shop has 3 printers, 2 cameras and 1 switch. We have 10 E5', 84, 50, 34],
  ['Last term\'s audit said we had 2,100 devices "of all kinds". The actual Device inventory: Network devices 84, IoT devices 215. We licence Microsoft 365 E5 for 240 staff accounts.', 299, 1200, 0],
  ["We have E5 Security for 74 users in IT and finance, nothing else that's E5. Network devices 96, IoT devices 431", 527, 370, 157],
  ['1.679 devices and 320 E5', 1679, 1600, 79, 'de-DE'],
  ['2,5k devices and 400 E5', 2500, 2000, 500, 'de-DE'],
  ['1.679 Geräte und 320 E5 Lizenzen', 1679, 1600, 79, 'de-DE'],
];

describe('figures in real formats', () => {
  it.each(FORMATS)('%s', (text, total, covered, gap, locale) => {
    const a = answerQuestion(text, { locale });
    expect(a.intent).toBe('calculate');
    expect({ total: a.totalDevices, covered: a.coveredDevices, gap: a.gap }).toEqual({ total, covered, gap });
  });

  it('reads 1.679 as a fraction in en-US and asks again rather than guessing', () => {
    const a = answerQuestion('1.679 devices and 320 E5', { locale: 'en-US' });
    expect(a.totalDevices).toBeNull();
    expect(a.missing).toEqual(['devices']);
    expect(a.summary.join(' ')).toMatch(/whole number/);
  });

  it('never takes the 5 of E5 or the 365 of Microsoft 365 as a count', () => {
    const q = recognize('Microsoft 365 E5 customer with 1679 devices');
    expect(q.devices?.total).toBe(1679);
    expect(q.licences).toBeNull();
  });

  it('keeps Computers & Mobile out of the count and says so', () => {
    const a = answerQuestion('473 network devices, 1206 IoT devices and 5000 computers & mobile; 320 E5');
    expect(a.totalDevices).toBe(1679);
    expect(a.notes.join(' ')).toMatch(/5000 computers & mobile devices are not counted/);
  });

  it('states the newer IoT-devices-only figure when a split is given', () => {
    const a = answerQuestion('473 network devices and 1206 IoT devices, 320 E5');
    expect(a.calculation?.iotOnly).toEqual({ devices: 1206, gap: 0 });
    expect(a.notes.join(' ')).toMatch(/IoT devices tab only: 1206 devices/);
  });

  it('ignores numbers that are not counts: years, sites, days, money', () => {
    const a = answerQuestion('In 2024 we had 3 sites, a 90 days trial and $57 budget: 1679 devices, 320 E5');
    expect([a.totalDevices, a.coveredDevices, a.gap]).toEqual([1679, 1600, 79]);
  });
});

describe('what is missing', () => {
  it.each([
    ['I have 1679 devices', ['licenses'], 1679, null],
    ['we have 320 E5', ['devices'], null, 1600],
    ['how many licences do I need?', ['devices', 'licenses'], null, null],
    ['1679 devices and we are an E5 customer', ['licenses'], 1679, null],
    // Figures the user has not settled: asked about, never picked.
    ['we have 220 E5 and about 1,100 devices, maybe 1,300', ['devices'], null, 1100],
    ['we have 300 E5, or is it 3000? finance is checking. 4,100 devices', ['licenses'], 4100, null],
    ['50 E5; devices: 400 if we exclude guest wifi, 600 if we include it', ['devices'], null, 250],
    ['900 IoT devices per the portal, but the CMDB says 1,100, not sure which is right. 200 E5', ['devices'], null, 1000],
    ['400 E5, one report says 2,100 devices and another says 2,600', ['devices'], null, 2000],
    ["We have 50 E5 licences, or 80, the invoices don't agree. 300 devices on the IoT tab.", ['licenses'], 300, null],
    ["We hold 140 M365 E5. Device inventory: network devices 220 and IoT... I'll have to come back to you on the IoT number, the tab won't load.", ['devices'], null, 700],
    ["Assets > Devices says Network 188, IoT 876. I'm not sure what our Microsoft licensing is - procurement handles that. What would we need?", ['licenses'], 1064, null],
    ['I work at a toy manufacturer (office IT, not the factory). How many Defender for IoT licences do we need?', ['devices', 'licenses'], null, null],
    ['we have 730 network devices... actually Tom says 370? plus 400 IoT. 100 E5 licences. gap?', ['devices'], null, 500],
    ['Network devices 140 and IoT devices 780, but my colleague Jess swears the IoT tab said 870 this morning. We have 160 E5.', ['devices'], null, 800],
    ["We have 95 E5 licences. The inventory hasn't been done yet because two of our terminals are mid-refit.", ['devices'], null, 475],
    ["Devices: 19 network, 120 IoT. Licences: we have either 30 or 35 E5, the reseller's quote and the admin center disagree.", ['licenses'], 139, null],
    ['Network 150, IoT 760. For licences we have somewhere around 200 to 220 E5, depending on leavers.', ['licenses'], 910, null],
    ["Devices: 811 network and 2,090 IoT. Procurement emailed to say we have 600 E5, and then a different person said it's 650. Nobody has corrected either.", ['licenses'], 2901, null],
    ['whats our licence requirement for eIoT, can you work it out for me?', ['devices', 'licenses'], null, null],
    ["IT manager at a racecourse, ~80 staff. How many Defender for IoT licences will we need for the CCTV and turnstiles?", ['devices', 'licenses'], null, null],
    ['Dear support, we have two cruise terminals, the ferry check-in building and the admin block. No figures yet. How many licences will we need?', ['devices', 'licenses'], null, null],
    ["The port has 350 Microsoft 365 E5 licences. Device-wise I can only tell you it's somewhere in the 2,000-2,500 range.", ['devices'], null, 1750],
    ["our IoT device count is 733 and network device count is 'a few hundred'. ME5 x 100. gap?", ['devices'], null, 500],
    ['we have somewhere between fifteen hundred and two thousand devices and 300 e 5 licences', ['devices'], null, 1500],
    ["My count of the IoT devices tab on Monday was 930; Priya's CSV export on Tuesday says 1,045 IoT devices, and neither of us knows which is right. Network devices 240. We have 250 E5.", ['devices'], null, 1250],
    ['Dashboard says 912 IoT devices but the CSV export says 1,046. 200 E5 Security.', ['devices'], null, 1000],
    ['IoT 410 + network 390 = 900 total, 100 E5. how many do I buy?', ['devices'], null, 500],
    ['a couple of hundred network devices and 1,800 IoT, E5 Security x 400. do we need more?', ['devices'], null, 2000],
    ['We have 500 E5 licenses. How many IoT devices does that cover and will we need more?', ['devices'], null, 2500],
    ['Our hospital get 400 IoT devices... no wait my colleague say 550, I no sure again. We get 90 E5. How many we need?', ['devices'], null, 450],
    ['We have 120 E5... or 210, the reseller invoice and admin center show different number. Devices 900.', ['licenses'], 900, null],
    ['Our university has 5000 E5 licenses. IoT devices maybe 30,000, maybe less, nobody counted yet. how many to buy?', ['devices'], null, 25000],
    ['Network | 300\nIoT | 900\nTotal | 1,300\n\nE5: 220. Gap?', ['devices'], null, 1100],
    ["We have 500 E5 and the device inventory shows 2,480 IoT devices. How many should we buy? (haven't looked at the network tab yet)", ['devices'], null, 2500],
    ["Our estate has 1,500 IoT devices. The network tab I'm not sure about, somewhere in the 200s. E5 400.", ['devices'], null, 2000],
    ['Hello, how much eIoT licenses our hospital must to purchase?', ['devices', 'licenses'], null, null],
    ['Our inventory has like 400 or 440 devices, the count keeps changing, and we have 80 E5. How many do we need?', ['devices'], null, 400],
    ['The customer said 60 E5 in the email and 90 E5 on the call. 410 devices on network+IoT. How many add-ons do they need?', ['licenses'], 410, null],
    ['we need eiot licenses for 1.2k-1.4k devices, have 200 e5', ['devices'], null, 1000],
    ['inventory: network devices ~400 maybe 450, iot 900. ME5 250. how many licence i buy', ['devices'], null, 1250],
    ['we have 2 numbers from different reports: 1,340 devices and 1,560 devices. E5 = 250. which gap?', ['devices'], null, 1250],
    ['we have 700 devices and some E5 maybe 100 or 120. what we need', ['licenses'], 700, null],
    ['We have 200 IoT devices, sorry no, maybe 250, and 30 E5. how many eIoT licences?', ['devices'], null, 150],
    ['we have 60 E5, actually the admin center says 45, and 310 devices on the IoT + network tabs. how many do we buy', ['licenses'], 310, null],
    ['Inventory export says Network 520, IoT 1,380, total 1,800. We have 340 E5 licences.', ['devices'], null, 1700],
    ['bus depot: 1,4k devices? not sure... anyway we have got 300 E5. how many more do we need', ['devices'], null, 1500],
    ['ok so 2100 IoT devices, and E5 licences... 400? or 450, finance isn\'t sure. how many standalone would that be', ['licenses'], 2100, null],
    ['Licences: 500 ME5. Devices: 860 network, and the IoT tab - maybe 2k, maybe 3k, it keeps changing.', ['devices'], null, 2500],
    ['Our inventory has 88 network devices. I am still waiting on the warehouse team for the IoT devices figure. We have 35 E5 licences.', ['devices'], null, 175],
    ['IoT devices: 867. Network devices: 1,2O4 (that is what the export says, it looks garbled). We have 250 E5.', ['devices'], null, 1250],
    ['The renewal letter from our partner says we have 200 E5, but the admin centre billing page I looked at yesterday says 180 E5. The inventory is 640 IoT devices and 95 network devices.', ['licenses'], 735, null],
    ['640 E5 and about 3500 devices give or take a few hundred', ['devices'], null, 3200],
    ['131 licences, mix of e3 and e5, 913 devices', ['licenses'], 913, null],
    ['we have 200 E5 and I am seeing 1,0200 devices', ['devices'], null, 1000],
    ['Network 200, IoT 800, so 1,100 devices total. We have 180 E5', ['devices'], null, 900],
    ["IoT tab shows 700 devices. Hmm, the network team's report says 950 for the same tab, not sure which is right. 200 E5", ['devices'], null, 1000],
    ['iot tab 2200ish maybe 2400 not sure yet, 400 me5', ['devices'], null, 2000],
    ['we have 60 e5... wait actually maybe 80, checking. 350 iot devs', ['licenses'], 350, null],
    ['We have 1,050 devices; licence count is either 180 or 210 E5 depending on who you ask', ['licenses'], 1050, null],
    ['we have 420 IoT devices... actually the CSV export says 480, not sure which one is right. E5 x 60', ['devices'], null, 300],
    ['we have 200 E5... sorry 220? let me check. and 1,300 IoT devices', ['licenses'], 1300, null],
    ["we have 'around 600 or maybe 700' IoT devices according to my manager, and 100 E5", ['devices'], null, 500],
    ['We have 50 E5 but I think some of those are actually E3, not sure how many. 300 devices', ['licenses'], 300, null],
    ["we're E3 and have 2,000 network devices. the iot tab hasn't loaded yet, how many licences will we need?", ['devices'], null, 0],
    ['we have 2,750 devices. Someone says we have 500 E5, the admin center says 550', ['licenses'], 2750, null],
    ["We have 300 E5 - or maybe that's E3, I'd need to check. 1,210 IoT devices", ['licenses'], 1210, null],
    ['Admin centre says we have 500 E5 licences but the finance sheet says 450. 3,010 devices', ['licenses'], 3010, null],
    ['The dashboard shows 640 IoT devices, but the export says 910, and neither of us knows which is right. 150 E5', ['devices'], null, 750],
    ['We have 300 E5, sorry actually 350? finance says 300, IT says 350. 1,900 devices', ['licenses'], 1900, null],
    ['inventory said 640 devices yesterday, today it says 710?? not sure which is right. we have 100 ME5', ['devices'], null, 500],
    ["We have 80 E5 licences and also some standalone licences the previous admin bought; I can't find the number. 470 devices", ['licenses'], 470, null],
    ["14 E5 licences. IoT devices maybe 75ish, half haven't been seen in 60 days. what's our gap", ['devices'], null, 70],
    ['We have 1,2k devices? (not sure if that is 1.2k or 12k) and 300 E5', ['devices'], null, 1500],
    ['around 900, maybe 1000 devices total? E5 x 150', ['devices'], null, 750],
    ['need licences for about 2k devices, maybe 2.2k, how many?', ['devices', 'licenses'], null, null],
    ['IoT tab says 612, the dashboard tile says 640, not sure which one is right. we have 110 E5', ['devices'], null, 550],
    ['Marco says the IoT tab shows 540 devices, Siobhan says 610. We have 90 ME5', ['devices'], null, 450],
    ['Our inventory shows 2,400 devices in total but I think that figure includes the laptops and phones. 200 E5', ['devices'], null, 1000],
    ['Device count: "between 900 and 1,100 depending on the simulator rigs". 240 E5', ['devices'], null, 1200],
    ['200 E5 + 10 standalone eIoT. Inventory shows 1,3,40 IoT? (the export looks corrupted)', ['devices'], null, 1010],
    ['we have 75 e5 (or 57? cant remember) and 410 iot. need more lics?', ['licenses'], 410, null],
    ['18 e5 (wait some of those might be e3 not sure), 95 iot + 4 network', ['licenses'], 99, null],
    ['we have 200 E5... sorry maybe 250 E5, I must check with procurement. devices are 900', ['licenses'], 900, null],
    ['we have 1200 devices, actually wait maybe 1400?? 250 e5. how many to buy', ['devices'], null, 1250],
    ["IoT tab = 288. Network tab = I don't know yet, colleague is checking. We have 50 E5", ['devices'], null, 250],
    ['we have 400 E5 but maybe 100 of them expire next month or not, devices 2100', ['licenses'], 2100, null],
    ['We have 450 devices... although the IoT tab says 520 and network 60 so idk. 80 E5', ['devices'], null, 400],
    ['customer said 700 IoT devices on the call but the export they sent me shows 760. they have 100 E5', ['devices'], null, 500],
    ['They told me 300 E5 but the admin center shows 250. IoT tab says 1,600', ['licenses'], 1600, null],
    ['The device inventory says 640 IoT devices, but my colleague Sam exported it yesterday and got 710. 150 E5 Security', ['devices'], null, 750],
    ["150 E5 and 25 standalone. The device count was 1,020 on Monday and 1,210 on Wednesday, and I don't know which is real", ['devices'], null, 775],
    ['500 ME5. The IoT devices count looks like roughly 2.4k, maybe 2.6k', ['devices'], null, 2500],
    ["cold storage: 1,679 devices?? or 1,769, I can't read my own notes. 320 E5", ['devices'], null, 1600],
    ['IoT tab showed ~850 this morning but my colleague says 900, not sure which is right. We have 120 E5', ['devices'], null, 600],
    ['The Defender device inventory shows 804 IoT devices, but the CSV export my colleague pulled yesterday has 861 IoT rows. Two sources disagree. 150 E5', ['devices'], null, 750],
    ['We counted 2,400 devices across the Network and IoT tabs, but it could be anything from 1,200 to 2,400. We have 350 E5', ['devices'], null, 1750],
    ['Our inventory shows 1,250 IoT devices. I have no network devices tab data because device discovery only started yesterday. 260 ME5', ['devices'], null, 1300],
    ["We've got E5 licences for about two-thirds of our 600 staff - I don't have the exact figure. Devices: 1,450 IoT + 230 network", ['licenses'], 1680, null],
    ['We have 220 Microsoft 365 E5 licences and we bought 50 standalone eIoT ones last year when we were still on E3 for half the staff. How many more?', ['devices'], null, 1150],
    ['IoT tab shows 640, well actually my colleague says it is 710 on his screen. We have 130 ME5', ['devices'], null, 650],
    ["we have 200 E5 - or maybe 250, finance isnt sure - and 1,300 IoT devices", ['licenses'], 1300, null],
    ["my colleague Tomasz says the IoT devices tab shows 540, but when I looked yesterday I saw 610 and I'm not sure which is right. Network devices are 88 either way. 100 E5", ['devices'], null, 500],
    ["IoT devices: 1,404. Network devices: we haven't finished onboarding the switches, the number changes every day. E5: 300. What do we need to buy?", ['devices'], null, 1500],
    ['we have 40 E5 - sorry, maybe 48, not sure - and 260 IoT devices', ['licenses'], 260, null],
    ["we've got 1,000 E5 licenses... wait, maybe those 1,000 are E3. and 3,000 iot devices", ['licenses'], 3000, null],
    ['Site A - 120 network, 400 IoT. Site B - 60 network, 210 IoT. Site C - figures not in yet. Licences: 200 E5', ['devices'], null, 1000],
    ['260 E5. The Network devices tab said 410 last Tuesday, then 455 on Thursday, and today it says 430. I do not know which to use', ['devices'], null, 1300],
    ['140 E5 Security licences. Device count is roughly 800 or so, maybe closer to 900, hard to say', ['devices'], null, 700],
    ["120 E5. The IoT devices tab reads 780 but I don't know the network devices figure yet", ['devices'], null, 600],
  ] as const)('%s', (text, missing, total, covered) => {
    const a = answerQuestion(text);
    expect(a.intent).toBe('calculate');
    expect(a.missing).toEqual(missing);
    expect(a.totalDevices).toBe(total);
    expect(a.coveredDevices).toBe(covered);
    expect(a.gap).toBeNull();
    expect(a.ask).toBeTruthy();
  });
});

describe('the question asked, phrased indirectly', () => {
  it.each([
    ['Is it possible to turn eIoT back off after enabling it? we are on E5 Security', 'turn_off'],
    ['Please tell me how to stop Defender doing IoT security on our ME5 tenant.', 'turn_off'],
    ["My boss asked what we'd pay if we go over our E5 device allowance.", 'pricing'],
    ['Is there a volume discount if we buy a lot of device licences?', 'pricing'],
    ["1,300 devices and 200 E5. The CFO wants to know what covering the shortfall will cost. What's the price per device?", 'pricing'],
    ['1,340 IoT devices and 210 network devices. Is that the figure that gets licensed, or do servers get added on top?', 'count_devices'],
    ['150 E5 and the IoT devices tab shows 620. Do I also have to add the Network devices tab when I count, or is it just the IoT tab?', 'count_devices'],
    ['Does MDE P2 on its own include any IoT devices?', 'devices_per_licence'],
    ['Does one standalone eIoT licence cover one device or a bundle?', 'devices_per_licence'],
    ['Defender for Endpoint is flagging our CAD software as a false positive, how do I exclude it?', 'unknown'],
    ['can you help me write a job advert for a vet nurse', 'unknown'],
    ['Our vendor wants us to open port 8443 inbound on the firewall at every club. Is that safe?', 'unknown'],
    ['We have 300 E5 and only 90 IoT devices but management wants eIoT off. How?', 'turn_off'],
    ["We have 400 E5 licences and only 60 IoT devices, and we'd rather turn eIoT off. How?", 'turn_off'],
    ['Do E5 Security licences get the same number of included devices as ME5?', 'devices_per_licence'],
    ['Trial length for eIoT? and how many devices does it cover?', 'trial'],
    ['can I buy just three licences or is there like a minimum', 'per_device_licensing'],
    ['which portal do I use for enterprise I o T settings the azure one or the security one', 'portal_name'],
    ['order 3 pizzas for the 12:30 meeting', 'unknown'],
    ['order 40 bags of dog food for the Leeds store', 'unknown'],
    ['Can you recommend a good DMS for a law firm of our size?', 'unknown'],
    ['Which portal do I use to manage Enterprise IoT now - the Azure portal or the Defender one?', 'portal_name'],
    ['The managing partner asked how many Enterprise IoT licences we would need if we turned on IoT monitoring in Defender', 'calculate'],
    ["We're E5, not on a legacy plan - want to deactivate Enterprise IoT security. How?", 'turn_off'],
    ['Does a standalone eIoT licence cover one device or a block of devices?', 'devices_per_licence'],
    ["My manager asked me to pull the eIoT device count from the portal and I don't know where to find it. We have 180 ME5", 'count_devices'],
    ["We're on Business Premium (around 250 users). Can we add Enterprise IoT standalone licences to Business Premium, or do we need a different base licence?", 'prerequisites'],
    ['Before I start asking things, what do you cover - only Defender for IoT licences, or other Microsoft stuff too?', 'help'],
    ["The cruise terminal's Wi-Fi for passengers keeps dropping when 2,000 people connect. Which access points would you recommend?", 'unknown'],
    ['Teams Rooms devices keep dropping calls in the big conference room', 'unknown'],
    ['hey bot, can you actually calculate stuff or do you just answer FAQs?', 'help'],
    ["The Off option isn't available for us. We have 50 standalone eIoT licences, is that why?", 'turn_off'],
    ['What will 79 extra licences cost us?', 'pricing'],
    ['We have 300 ME5 and 1,730 devices. We have agreed to buy the difference. What is the procedure to purchase the standalone licences?', 'purchase'],
    ["90 ME5 and 512 devices. I'm not asking about the gap - I just want to know whether the standalone licences are sold one per device", 'per_device_licensing'],
    ['Rail operator. Can Defender for IoT Enterprise cover our signalling and trackside equipment?', 'ot_out_of_scope'],
    ["Hi! I've just joined the IT team. Someone pointed me at this bot during onboarding. What can you help me with?", 'help'],
    ["How do I reset a user's Teams voicemail PIN? The admin center option seems to have moved.", 'unknown'],
    ['Can you help me write a communication to staff about the office move?', 'unknown'],
    ['Our trial of Defender for IoT ends next week and we want to keep it running. What do I need to do to buy licences?', 'purchase'],
    ['Is the add-on licensed per user like E5, or per monitored device?', 'per_device_licensing'],
    ['we have 150 ME5, how many devices do we still need to license?', 'calculate'],
    ['is MDE P2 only enough for eIoT?', 'prerequisites'],
    ['how do I license Teams Rooms devices?', 'unknown'],
    ['standalone eiot licensing model? per device?', 'per_device_licensing'],
    ['standalone eIoT license is for 1 device or for 100?', 'per_device_licensing'],
    ['we have 500 e5 and 2,300 iot devices, do the ones inactive 30+ days count', 'count_devices'],
    ['does device discovery need to be on before eiot works', 'turn_on'],
    ['e5 device allowance for eiot?', 'devices_per_licence'],
    ['does 1 standalone lic cover 1 device or more', 'devices_per_licence'],
    ['if we add 10 more e5 seats how many more devices get covered', 'devices_per_licence'],
    ['servers and VMs count for the eIoT licences? they are in computers tab', 'count_devices'],
    ['How many devices does each M365 E5 cover for enterprise IoT? we have 40 of them', 'devices_per_licence'],
    ['We have 120 E5 - how many IoT devices does that entitle us to?', 'devices_per_licence'],
    ['we were stuck at the factory all weekend and missed the race. Who won on Sunday?', 'unknown'],
    ["200 E5 and 1,300 devices, so we know roughly how many we're short. what i need now is what it'll cost per licence - how much are they?", 'pricing'],
    ['we have 140 cameras that have not talked on the network for 2 months, do they still count?', 'count_devices'],
    ['can I turn eIoT off for the off-season and back on again in spring?', 'turn_off'],
    ['What is the current official name of the portal where we manage Enterprise IoT, and has it changed since 2023?\n\nMany thanks', 'portal_name'],
    ["One of our designers can't get her second monitor working on her docking station since the Windows update. Any idea how to fix it?", 'unknown'],
    ['random one: do you know what the capacity of Wembley Arena is? Settling an argument in the office', 'unknown'],
    ['We decommissioned about a hundred old fridge monitors but they are still in the inventory. Do those old ones count towards our Enterprise IoT total?', 'count_devices'],
    ['Our reminder emails keep landing in spam. How do I set up DMARC and DKIM properly for the donor domain?', 'unknown'],
    ["We're buying a new telescope for the roof terrace, budget about £3,000. What would you recommend?", 'unknown'],
    ["a tenant's locked out of our rent payment portal (our own system). how do i reset their password?", 'unknown'],
    ['The donation kiosk has frozen again and shows a blue screen. Do you know how to reset it?', 'unknown'],
    ['Could you recommend some films for the closing-night gala? Something under two hours.', 'unknown'],
    ['We have 600 on the IoT tab, 150 on the network tab and 140 E5 licences. Which counting rule should I follow?', 'count_devices'],
    ['The cathedral has 50 E5 licences and 310 devices. Could you walk me through how to actually purchase them?', 'purchase'],
    ['We have 120 IoT devices and 40 E5. do the 300 laptops count towards eIoT too?', 'count_devices'],
    ['We have 340 E5. Laptops and mobile phones are counting for eIoT licence or no?', 'count_devices'],
    ['Which license we need for enterprise IoT monitoring?', 'prerequisites'],
    ['E5 Security license how many devices include?', 'devices_per_licence'],
    ['and a standalone eIoT licence - how many devices is that one good for?', 'devices_per_licence'],
    ['Abeg, how much Microsoft dey charge for each IoT device license?', 'pricing'],
    ["Turn it OFF. It's flagging every espresso machine in the canteen as a vulnerability.", 'turn_off'],
    ['Could you write me a short product description for our new Assam breakfast blend for the website?', 'unknown'],
    ['Do I buy it in the Azure portal like the OT plans?', 'purchase'],
    ['Can Defender for Endpoint block USB sticks on the studio PCs?', 'unknown'],
    ['how many teams licences do we need for 40 new nurses', 'unknown'],
    ['one standalone eiot lic covers how many devices', 'devices_per_licence'],
    ['can a customer buy exactly the number of eIoT device licences they need, or does it have to be hundreds?', 'per_device_licensing'],
    ['we have 450 IoT and 120 network devices, but also 900 laptops. laptops are counting too?', 'count_devices'],
    ['can you write me python script to rename files in folder', 'unknown'],
    ['standalone eIoT license is for 1 device or for more?', 'devices_per_licence'],
    ['The visitor Wi-Fi in the palm house keeps dropping every afternoon. Can you help me work out what is wrong with the Wi-Fi?', 'unknown'],
    ['Which OCR tool would you recommend for handwritten records?', 'unknown'],
    ["framing shop here - we have 30 cameras that haven't been online since march. do they still count?", 'count_devices'],
    ['We have 40 E5 licences and 260 devices across the network and IoT tabs. Can we buy the eIoT add-on through a CSP partner instead of the admin center?', 'purchase'],
  ] as const)('%s', (text, intent) => {
    expect(answerQuestion(text).intent).toBe(intent);
  });
});

describe('the plan named, whatever the question', () => {
  it.each([
    ["How do I buy licences for 200 cameras? We're on MDE P2 and the budget is approved.", 'purchase', 200, 0],
    ["can we trial with 80 iot devices, we're on mde p2", 'trial', null, 0],
    ['Does MDE P2 include any IoT devices?', 'devices_per_licence', null, null],
    ["Our solicitors' firm is MDE P2 only. We have 88 IoT devices and 10 network devices. Can we start a trial?", 'trial', 98, 0],
    ["We're on E3 for all 900 users. Are we eligible for Enterprise IoT, or do we need to move to E5 first?", 'prerequisites', null, 0],
    ['Our firm has Microsoft Defender for Business. Does that qualify us for Enterprise IoT? We have 47 IoT devices.', 'prerequisites', 47, 0],
    ["We're on E3. Are we eligible for Enterprise IoT?", 'prerequisites', null, null],
    ['The alerts are overwhelming the two-person security team. How do I turn it off? We have no standalone licences, just ME5.', 'turn_off', null, null],
    ['We signed up to the old Enterprise IoT plan (the committed-devices one our previous IT manager arranged). How do we cancel that legacy plan?', 'cancel_legacy', null, null],
    ['If I have 10 ME5 seats, how many IoT devices does that give me?', 'devices_per_licence', null, null],
    ['If I had 10 E5 Security licences how many IoT devices could I monitor?', 'devices_per_licence', null, null],
    ['Opera house just got 150 ME5 licences. How do we activate IoT security for our 400 stage and building devices?', 'turn_on', 400, 750],
    ["We're on Microsoft 365 E3 for all 160 office and management users. Are we eligible for Enterprise IoT with E3?", 'prerequisites', null, 0],
    ['Defender for IoT OT sensors - how many sites does one licence cover', 'ot_out_of_scope', null, null],
    ["framing shop here - we have 30 cameras that haven't been online since march. do they still count?", 'count_devices', null, null],
    ['Our drivers use about 1,100 Android handheld scanners, and they all show on the Computers & Mobile tab. Do these handhelds count towards the Enterprise IoT device total?', 'count_devices', null, null],
    ["I'm in the Marketplace and the PO for 50 licences is ready. What's the exact product name I should pick for Enterprise IoT per-device licences?", 'purchase', null, null],
    ["We're on Microsoft 365 Business Premium for our 28 year-round staff. Does Business Premium include Enterprise IoT?", 'prerequisites', null, 0],
    ['We only have Defender for Endpoint P2 and there are 820 devices across our network and IoT tabs. Is the trial really 90 days?', 'trial', 820, 0],
  ] as const)('%s', (text, intent, total, covered) => {
    const a = answerQuestion(text);
    expect([a.intent, a.totalDevices, a.coveredDevices]).toEqual([intent, total, covered]);
  });
});

describe('a total that disagrees with its parts', () => {
  it('shows both, worked out, and asks', () => {
    const a = answerQuestion('Network 2,000, IoT 9,000, so 12,000 devices total. We have 180 E5');
    expect(a.summary.join(' ')).toContain('12,000 (network 2000 + IoT 9000 = 11,000): the total and its parts disagree');
    expect(a.gap).toBeNull();
  });
});

describe('two readings of one figure, neither chosen', () => {
  it('names both and asks which to use', () => {
    const a = answerQuestion("My count of the IoT tab was 930; Priya's export says 1,045 IoT devices, not sure which one is right. 250 E5");
    expect(a.summary.join(' ')).toContain("930 or 1,045: two different figures for the same count of devices, and you haven't said which is right");
    expect(a.gap).toBeNull();
    expect(a.missing).toEqual(['devices']);
  });
});

describe('bad input', () => {
  it.each([
    ['-5 devices and 320 E5', /can't be negative/],
    ['1679.5 devices and 320 E5', /whole number/],
    ['20000000 devices and 320 E5', /more than 10 million/],
    ['1679 devices and 99999999 E5', /more than 10 million/],
  ])('%s', (text, message) => {
    const a = answerQuestion(text);
    expect(a.gap).toBeNull();
    expect(a.missing.length).toBeGreaterThan(0);
    expect(a.summary.join(' ')).toMatch(message);
  });

  it('answers empty, emoji-only and control-character text with help, and overlong text politely', () => {
    expect(answerQuestion('').intent).toBe('help');
    expect(answerQuestion('🤖🤖').intent).toBe('help');
    expect(answerQuestion('\u0000\u0007').intent).toBe('help');
    const long = answerQuestion('devices '.repeat(1250));
    expect(long.headline).toMatch(/too long/);
    expect(long.gap).toBeNull();
  });
});
