"""Demo content: a fictional ministry, in Lao and English."""

SITE = {
    "names": {
        "lo": "ກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ)",
        "en": "Ministry of Digital Development (demo)",
    },
    "taglines": {
        "lo": "ລັດຖະບານດິຈິຕອນ ເພື່ອຮັບໃຊ້ປະຊາຊົນ",
        "en": "Digital government in the service of the people",
    },
    "addresses": {
        "lo": "ຖະໜົນລ້ານຊ້າງ, ບ້ານຊຽງຍືນ\nເມືອງຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ\nສປປ ລາວ",
        "en": "Lane Xang Avenue, Xieng Yeun Village\nChanthabouly District, Vientiane Capital\nLao PDR",
    },
    "office_hours": {
        "lo": "ວັນຈັນ ຫາ ວັນສຸກ: 08:00–12:00 ແລະ 13:00–16:00 ໂມງ\nປິດໃນວັນເສົາ, ວັນອາທິດ ແລະ ວັນພັກລັດຖະການ",
        "en": "Monday to Friday: 08:00–12:00 and 13:00–16:00\nClosed on Saturdays, Sundays and public holidays",
    },
    "phone": "+856 21 000 100",
    "email": "info@demo.gweb.test",
}


PAGES = {
    "home": {
        "lo": {
            "summary": "ເວັບໄຊທາງການ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ (ຕົວຢ່າງ): ຂ່າວສານ, ນິຕິກຳ ແລະ ການບໍລິການດ້ານດິຈິຕອນ.",
            "body": (
                "<p>ຍິນດີຕ້ອນຮັບສູ່ເວັບໄຊທາງການ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ. ກະຊວງເປັນເສນາທິການໃຫ້ລັດຖະບານ "
                "ໃນການຄຸ້ມຄອງມະຫາພາກ ວຽກງານໂທລະຄົມມະນາຄົມ, ອິນເຕີເນັດ, ລັດຖະບານດິຈິຕອນ "
                "ແລະ ຄວາມປອດໄພທາງໄຊເບີ ໃນຂອບເຂດທົ່ວປະເທດ.</p>"
                "<p>ພວກເຮົາມຸ່ງໝັ້ນເຮັດໃຫ້ການບໍລິການສາທາລະນະ ມີຄວາມວ່ອງໄວ, ໂປ່ງໃສ ແລະ ເຂົ້າເຖິງໄດ້ງ່າຍ "
                "ສຳລັບປະຊາຊົນທຸກຄົນ ບໍ່ວ່າຈະຢູ່ໃນຕົວເມືອງ ຫຼື ເຂດຊົນນະບົດ, ພ້ອມທັງວາງພື້ນຖານ "
                "ໃຫ້ເສດຖະກິດດິຈິຕອນ ຂະຫຍາຍຕົວຢ່າງໝັ້ນຄົງ ແລະ ຍືນຍົງ.</p>"
                "<p>ໃນເວັບໄຊນີ້ ທ່ານສາມາດຕິດຕາມຂ່າວສານ ແລະ ແຈ້ງການຫຼ້າສຸດ, ຄົ້ນຫານິຕິກຳທີ່ກ່ຽວຂ້ອງ "
                "ແລະ ຮຽນຮູ້ຂັ້ນຕອນການຂໍອະນຸຍາດ ແລະ ການຊຳລະຄ່າທຳນຽມທາງອອນລາຍ. "
                "<strong>ໝາຍເຫດ:</strong> ກະຊວງນີ້ເປັນກະຊວງສົມມຸດ ທີ່ສ້າງຂຶ້ນເພື່ອສາທິດລະບົບ G-Web ເທົ່ານັ້ນ.</p>"
            ),
        },
        "en": {
            "summary": "Official website of the Ministry of Digital Development (demo): news, legal documents and digital services.",
            "body": (
                "<p>Welcome to the official website of the Ministry of Digital Development. The Ministry "
                "advises the Government on telecommunications, the Internet, digital government and cyber "
                "security, and oversees these sectors across the whole country.</p>"
                "<p>Our aim is public services that are fast, transparent and easy to reach for everyone, in "
                "towns and in the countryside alike, and firm foundations for a digital economy that grows "
                "steadily and sustainably.</p>"
                "<p>On this website you can follow our latest news and notices, look up the legislation for "
                "our sector, and find out how to apply for a licence or pay a fee online. "
                "<strong>Please note:</strong> this ministry is fictional; it exists only to demonstrate the "
                "G-Web platform.</p>"
            ),
        },
    },
    "about": {
        "lo": {
            "summary": "ກະຊວງການພັດທະນາດິຈິຕອນ ເປັນກົງຈັກຂອງລັດຖະບານ ຄຸ້ມຄອງວຽກງານໂທລະຄົມມະນາຄົມ ແລະ ການຫັນເປັນດິຈິຕອນ.",
            "body": (
                "<p>ກະຊວງການພັດທະນາດິຈິຕອນ ເປັນກົງຈັກການຈັດຕັ້ງ ຂອງລັດຖະບານ ມີພາລະບົດບາດເປັນເສນາທິການ "
                "ໃຫ້ລັດຖະບານ ໃນການຄຸ້ມຄອງມະຫາພາກ ວຽກງານໂທລະຄົມມະນາຄົມ, ອິນເຕີເນັດ, ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ, "
                "ລັດຖະບານດິຈິຕອນ ແລະ ຄວາມປອດໄພທາງໄຊເບີ ໃນຂອບເຂດທົ່ວປະເທດ.</p>"
                "<p>ສຳນັກງານໃຫຍ່ ຂອງກະຊວງ ຕັ້ງຢູ່ນະຄອນຫຼວງວຽງຈັນ. ກະຊວງມີ 7 ກົມ ແລະ ທຽບເທົ່າ, "
                "1 ສະຖາບັນຄົ້ນຄວ້າ ແລະ ມີພະແນກການພັດທະນາດິຈິຕອນ ຢູ່ 17 ແຂວງ ແລະ ນະຄອນຫຼວງວຽງຈັນ. "
                "ພະນັກງານ-ລັດຖະກອນ ທັງໝົດ ມີປະມານ 650 ຄົນ.</p>"
                "<p>ໃນໄລຍະ 5 ປີ ຂ້າງໜ້າ, ກະຊວງສຸມໃສ່ 3 ບຸລິມະສິດ:</p>"
                "<ol>"
                "<li>ຂະຫຍາຍເຄືອຂ່າຍອິນເຕີເນັດຄວາມໄວສູງ ໃຫ້ກວມເອົາທຸກເມືອງ ແລະ ບ້ານສ່ວນຫຼາຍ ໃນທົ່ວປະເທດ;</li>"
                "<li>ຫັນການບໍລິການສາທາລະນະ ທີ່ປະຊາຊົນນຳໃຊ້ຫຼາຍທີ່ສຸດ ໃຫ້ເປັນການບໍລິການອອນລາຍ;</li>"
                "<li>ພັດທະນາທັກສະດິຈິຕອນ ໃຫ້ແກ່ພະນັກງານ-ລັດຖະກອນ ແລະ ປະຊາຊົນ.</li>"
                "</ol>"
            ),
        },
        "en": {
            "summary": "The Ministry of Digital Development is the government body responsible for telecommunications and digital transformation.",
            "body": (
                "<p>The Ministry of Digital Development is a body of the Government. Its role is to advise the "
                "Government on, and to oversee nationwide, telecommunications, the Internet, information "
                "technology, digital government and cyber security.</p>"
                "<p>The Ministry's headquarters are in Vientiane Capital. It has seven departments and "
                "equivalent units, one research institute, and a provincial department of digital development "
                "in each of the 17 provinces and Vientiane Capital. It employs about 650 civil servants.</p>"
                "<p>Over the next five years the Ministry is focusing on three priorities:</p>"
                "<ol>"
                "<li>extending high-speed Internet to every district and most villages in the country;</li>"
                "<li>moving the public services people use most to online delivery;</li>"
                "<li>building digital skills among civil servants and the public.</li>"
                "</ol>"
            ),
        },
    },
    "history": {
        "lo": {
            "summary": "ປະຫວັດຄວາມເປັນມາ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ ແລະ ເຫດການສຳຄັນ ນັບແຕ່ປີ 1995 ເຖິງປະຈຸບັນ.",
            "body": (
                "<p>ກະຊວງການພັດທະນາດິຈິຕອນ ມີຮາກຖານມາຈາກ ກົມໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ເຊິ່ງເຄີຍຂຶ້ນກັບ "
                "ກະຊວງອື່ນ. ຕະຫຼອດໄລຍະການເຄື່ອນໄຫວ, ການຈັດຕັ້ງໄດ້ຮັບການປັບປຸງຫຼາຍຄັ້ງ ເພື່ອໃຫ້ສອດຄ່ອງ "
                "ກັບການພັດທະນາຂອງເຕັກໂນໂລຊີ ແລະ ຄວາມຮຽກຮ້ອງຕ້ອງການ ຂອງສັງຄົມ.</p>"
                "<h2>ເຫດການສຳຄັນ</h2>"
                "<table>"
                "<thead><tr><th>ປີ</th><th>ເຫດການ</th></tr></thead>"
                "<tbody>"
                "<tr><td>1995</td><td>ສ້າງຕັ້ງ ກົມໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ເພື່ອຄຸ້ມຄອງການບໍລິການໄປສະນີ "
                "ແລະ ໂທລະສັບ ໃນທົ່ວປະເທດ.</td></tr>"
                "<tr><td>2011</td><td>ສ້າງຕັ້ງ ສູນເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານແຫ່ງຊາດ ເພື່ອສະໜອງລະບົບໄອທີ "
                "ໃຫ້ແກ່ກົງຈັກລັດ.</td></tr>"
                "<tr><td>2016</td><td>ລັດຖະບານ ຕົກລົງສ້າງຕັ້ງ ກະຊວງການພັດທະນາດິຈິຕອນ ໂດຍຍົກລະດັບ "
                "ກົມໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ແລະ ໂຮມເອົາ ສູນເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານແຫ່ງຊາດ ເຂົ້ານຳ.</td></tr>"
                "<tr><td>2018</td><td>ເປີດນຳໃຊ້ ລະບົບອີເມວລັດຖະການ ສຳລັບທຸກກະຊວງ ແລະ ແຂວງ.</td></tr>"
                "<tr><td>2020</td><td>ສ້າງຕັ້ງ ສູນຮັບມືເຫດສຸກເສີນທາງໄຊເບີ ເພື່ອຕິດຕາມ ແລະ ແກ້ໄຂ "
                "ໄພຄຸກຄາມທາງໄຊເບີ ຕະຫຼອດ 24 ຊົ່ວໂມງ.</td></tr>"
                "<tr><td>2022</td><td>ເປີດໃຫ້ບໍລິການ ຍື່ນຄຳຮ້ອງຂໍອະນຸຍາດ ແລະ ຊຳລະຄ່າທຳນຽມ ຜ່ານລະບົບອອນລາຍ.</td></tr>"
                "<tr><td>2024</td><td>ເປີດນຳໃຊ້ ເວັບໄຊທາງການ ສະບັບໃໝ່ ຂອງກະຊວງ ເປັນພາສາລາວ ແລະ ພາສາອັງກິດ.</td></tr>"
                "</tbody>"
                "</table>"
                "<p>ມາຮອດປະຈຸບັນ, ກະຊວງ ສືບຕໍ່ເປັນເຈົ້າການ ໃນການຈັດຕັ້ງປະຕິບັດ ຍຸດທະສາດການພັດທະນາ "
                "ເສດຖະກິດດິຈິຕອນ ຂອງລັດຖະບານ ຮ່ວມກັບບັນດາກະຊວງ, ອົງການປົກຄອງທ້ອງຖິ່ນ ແລະ ພາກທຸລະກິດ.</p>"
            ),
        },
        "en": {
            "summary": "The history of the Ministry of Digital Development and its milestones from 1995 to the present.",
            "body": (
                "<p>The Ministry of Digital Development grew out of the Department of Posts and "
                "Telecommunications, which once belonged to another ministry. Its organisation has been "
                "reformed several times to keep pace with technology and with what society expects of it.</p>"
                "<h2>Milestones</h2>"
                "<table>"
                "<thead><tr><th>Year</th><th>Event</th></tr></thead>"
                "<tbody>"
                "<tr><td>1995</td><td>The Department of Posts and Telecommunications is set up to oversee postal "
                "and telephone services nationwide.</td></tr>"
                "<tr><td>2011</td><td>The National Information Technology Centre is established to provide IT "
                "systems to government bodies.</td></tr>"
                "<tr><td>2016</td><td>The Government creates the Ministry of Digital Development by upgrading the "
                "Department of Posts and Telecommunications and merging the National Information Technology "
                "Centre into it.</td></tr>"
                "<tr><td>2018</td><td>A government email system goes live for every ministry and province.</td></tr>"
                "<tr><td>2020</td><td>The Cyber Emergency Response Centre is founded to monitor and respond to "
                "cyber threats around the clock.</td></tr>"
                "<tr><td>2022</td><td>Licence applications and fee payments become available online.</td></tr>"
                "<tr><td>2024</td><td>The Ministry's new official website is launched in Lao and English.</td></tr>"
                "</tbody>"
                "</table>"
                "<p>Today the Ministry continues to lead the implementation of the Government's digital economy "
                "strategy together with other ministries, local authorities and the private sector.</p>"
            ),
        },
    },
    "mission": {
        "lo": {
            "summary": "ພາລະບົດບາດ ແລະ ໜ້າທີ່ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ ຕາມດຳລັດວ່າດ້ວຍການຈັດຕັ້ງ ແລະ ການເຄື່ອນໄຫວ.",
            "body": (
                "<h2>ພາລະບົດບາດ</h2>"
                "<p>ກະຊວງການພັດທະນາດິຈິຕອນ ເປັນເສນາທິການໃຫ້ລັດຖະບານ ໃນການຄຸ້ມຄອງມະຫາພາກ "
                "ວຽກງານໂທລະຄົມມະນາຄົມ, ອິນເຕີເນັດ, ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ, ລັດຖະບານດິຈິຕອນ "
                "ແລະ ຄວາມປອດໄພທາງໄຊເບີ ໃນຂອບເຂດທົ່ວປະເທດ ຕາມກົດໝາຍ ແລະ ລະບຽບການ.</p>"
                "<h2>ໜ້າທີ່</h2>"
                "<ol>"
                "<li>ຄົ້ນຄວ້າ, ສ້າງ ແລະ ປັບປຸງ ແນວທາງນະໂຍບາຍ, ຍຸດທະສາດ, ແຜນພັດທະນາ ແລະ ນິຕິກຳ "
                "ກ່ຽວກັບວຽກງານທີ່ຕົນຮັບຜິດຊອບ ເພື່ອສະເໜີລັດຖະບານພິຈາລະນາ;</li>"
                "<li>ເຜີຍແຜ່, ໂຄສະນາ ແລະ ຈັດຕັ້ງປະຕິບັດ ນິຕິກຳ ແລະ ແຜນການ ທີ່ໄດ້ຮັບການຮັບຮອງແລ້ວ;</li>"
                "<li>ຄຸ້ມຄອງ ແລະ ຈັດສັນ ຄື້ນຄວາມຖີ່ວິທະຍຸ, ເລກໝາຍໂທລະສັບ ແລະ ຊື່ໂດເມນອິນເຕີເນັດແຫ່ງຊາດ;</li>"
                "<li>ພິຈາລະນາ ອອກ, ໂຈະ ຫຼື ຖອນ ໃບອະນຸຍາດດຳເນີນທຸລະກິດ ດ້ານໂທລະຄົມມະນາຄົມ ແລະ ອິນເຕີເນັດ;</li>"
                "<li>ພັດທະນາ ແລະ ຄຸ້ມຄອງ ພື້ນຖານໂຄງລ່າງດິຈິຕອນຂອງລັດ, ລະບົບບໍລິການສາທາລະນະທາງອອນລາຍ "
                "ແລະ ການແລກປ່ຽນຂໍ້ມູນ ລະຫວ່າງກົງຈັກລັດ;</li>"
                "<li>ຕິດຕາມ, ປ້ອງກັນ ແລະ ແກ້ໄຂ ໄພຄຸກຄາມທາງໄຊເບີ ຕໍ່ລະບົບຂໍ້ມູນຂ່າວສານ ທີ່ສຳຄັນຂອງຊາດ;</li>"
                "<li>ສ້າງ ແລະ ບຳລຸງ ພະນັກງານດ້ານເຕັກໂນໂລຊີດິຈິຕອນ ແລະ ສົ່ງເສີມທັກສະດິຈິຕອນ ໃຫ້ແກ່ສັງຄົມ;</li>"
                "<li>ພົວພັນ ແລະ ຮ່ວມມື ກັບຕ່າງປະເທດ, ພາກພື້ນ ແລະ ສາກົນ ກ່ຽວກັບວຽກງານທີ່ຕົນຮັບຜິດຊອບ "
                "ຕາມການມອບໝາຍ;</li>"
                "<li>ສະຫຼຸບ ແລະ ລາຍງານ ການຈັດຕັ້ງປະຕິບັດວຽກງານ ຕໍ່ລັດຖະບານ ຢ່າງເປັນປົກກະຕິ;</li>"
                "<li>ນຳໃຊ້ສິດ ແລະ ປະຕິບັດໜ້າທີ່ອື່ນ ຕາມການມອບໝາຍ ຂອງລັດຖະບານ.</li>"
                "</ol>"
            ),
        },
        "en": {
            "summary": "The mission and duties of the Ministry of Digital Development under the decree on its organisation and activities.",
            "body": (
                "<h2>Mission</h2>"
                "<p>The Ministry of Digital Development advises the Government on, and oversees nationwide, "
                "telecommunications, the Internet, information technology, digital government and cyber "
                "security, in accordance with the law.</p>"
                "<h2>Duties</h2>"
                "<ol>"
                "<li>To study, draft and revise policies, strategies, development plans and legislation in its "
                "areas of responsibility, for the Government's consideration;</li>"
                "<li>To publicise and implement legislation and plans once they have been adopted;</li>"
                "<li>To manage and assign radio frequencies, telephone numbers and the national Internet domain name;</li>"
                "<li>To grant, suspend or revoke licences for telecommunications and Internet businesses;</li>"
                "<li>To develop and manage the state's digital infrastructure, online public services and data "
                "exchange between government bodies;</li>"
                "<li>To monitor, prevent and respond to cyber threats against critical national information systems;</li>"
                "<li>To train digital technology staff and promote digital skills across society;</li>"
                "<li>To cooperate with other countries, the region and international organisations in its areas "
                "of responsibility, as mandated;</li>"
                "<li>To review its work and report regularly to the Government;</li>"
                "<li>To exercise other rights and perform other duties assigned by the Government.</li>"
                "</ol>"
            ),
        },
    },
    "structure": {
        "lo": {
            "summary": "ໂຄງຮ່າງການຈັດຕັ້ງ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ: ຄະນະນຳ, ບັນດາກົມ, ສະຖາບັນ ແລະ ຂັ້ນທ້ອງຖິ່ນ.",
            "body": (
                "<p>ກະຊວງການພັດທະນາດິຈິຕອນ ມີໂຄງຮ່າງການຈັດຕັ້ງ ດັ່ງນີ້:</p>"
                "<h2>ຄະນະນຳກະຊວງ</h2>"
                "<p>ປະກອບດ້ວຍ ລັດຖະມົນຕີ 1 ທ່ານ ແລະ ຮອງລັດຖະມົນຕີ 3 ທ່ານ.</p>"
                "<h2>ກົງຈັກຂັ້ນກະຊວງ</h2>"
                "<ol>"
                "<li>ຫ້ອງການກະຊວງ;</li>"
                "<li>ກົມຈັດຕັ້ງ ແລະ ພະນັກງານ;</li>"
                "<li>ກົມກວດກາ;</li>"
                "<li>ກົມແຜນການ ແລະ ການຮ່ວມມື;</li>"
                "<li>ກົມໂທລະຄົມມະນາຄົມ;</li>"
                "<li>ກົມລັດຖະບານດິຈິຕອນ;</li>"
                "<li>ກົມຄວາມປອດໄພທາງໄຊເບີ;</li>"
                "<li>ສະຖາບັນຄົ້ນຄວ້າ ແລະ ພັດທະນາເຕັກໂນໂລຊີດິຈິຕອນ.</li>"
                "</ol>"
                "<h2>ຂັ້ນທ້ອງຖິ່ນ</h2>"
                "<p>ພະແນກການພັດທະນາດິຈິຕອນ ແຂວງ, ນະຄອນຫຼວງ ແລະ ຫ້ອງການການພັດທະນາດິຈິຕອນ ເມືອງ, ເທດສະບານ, "
                "ນະຄອນ ຂຶ້ນກັບການຊີ້ນຳ ດ້ານວິຊາການ ຂອງກະຊວງ ແລະ ການຄຸ້ມຄອງ ຂອງອົງການປົກຄອງທ້ອງຖິ່ນ.</p>"
                "<p>ໜ້າທີ່ ແລະ ຂໍ້ມູນຕິດຕໍ່ ຂອງບາງກົມ ມີຢູ່ໃນໜ້າຍ່ອຍ ຂອງໜ້ານີ້.</p>"
            ),
        },
        "en": {
            "summary": "The organisation of the Ministry of Digital Development: leadership, departments, institute and local offices.",
            "body": (
                "<p>The Ministry of Digital Development is organised as follows.</p>"
                "<h2>Ministry leadership</h2>"
                "<p>The Minister and three Deputy Ministers.</p>"
                "<h2>Central units</h2>"
                "<ol>"
                "<li>Cabinet Office of the Ministry;</li>"
                "<li>Department of Organisation and Personnel;</li>"
                "<li>Department of Inspection;</li>"
                "<li>Department of Planning and Cooperation;</li>"
                "<li>Department of Telecommunications;</li>"
                "<li>Department of Digital Government;</li>"
                "<li>Department of Cyber Security;</li>"
                "<li>Institute for Digital Technology Research and Development.</li>"
                "</ol>"
                "<h2>Local level</h2>"
                "<p>The provincial departments of digital development in the provinces and Vientiane Capital, "
                "and the district, municipal and city offices of digital development, follow the Ministry's "
                "technical guidance and are administered by the local authorities.</p>"
                "<p>The duties and contact details of several departments are given on the pages below this one.</p>"
            ),
        },
    },
    "leadership": {
        "lo": {
            "summary": "ຄະນະນຳ ກະຊວງການພັດທະນາດິຈິຕອນ: ລັດຖະມົນຕີ, ຮອງລັດຖະມົນຕີ ແລະ ຂົງເຂດວຽກງານທີ່ຮັບຜິດຊອບ.",
            "body": (
                "<p>ຄະນະນຳ ກະຊວງການພັດທະນາດິຈິຕອນ ປະກອບດ້ວຍ:</p>"
                "<table>"
                "<thead><tr><th>ຊື່ ແລະ ນາມສະກຸນ</th><th>ຕຳແໜ່ງ</th><th>ຂົງເຂດວຽກງານທີ່ຮັບຜິດຊອບ</th></tr></thead>"
                "<tbody>"
                "<tr><td>ທ່ານ ບຸນທັນ ວົງສະຫວັນ</td><td>ລັດຖະມົນຕີ</td>"
                "<td>ຊີ້ນຳ-ນຳພາ ວຽກງານລວມ ຂອງກະຊວງ; ວຽກງານຈັດຕັ້ງ ແລະ ພະນັກງານ; ວຽກງານກວດກາ</td></tr>"
                "<tr><td>ທ່ານ ນາງ ມະນີວອນ ພົມມະຈັນ</td><td>ຮອງລັດຖະມົນຕີ</td>"
                "<td>ວຽກງານລັດຖະບານດິຈິຕອນ ແລະ ການບໍລິການສາທາລະນະທາງອອນລາຍ; ຫ້ອງການກະຊວງ</td></tr>"
                "<tr><td>ທ່ານ ປອ. ສົມພອນ ແກ້ວມະນີ</td><td>ຮອງລັດຖະມົນຕີ</td>"
                "<td>ວຽກງານໂທລະຄົມມະນາຄົມ ແລະ ຄວາມປອດໄພທາງໄຊເບີ</td></tr>"
                "<tr><td>ທ່ານ ວິໄລສັກ ອິນທະວົງ</td><td>ຮອງລັດຖະມົນຕີ</td>"
                "<td>ວຽກງານແຜນການ, ການເງິນ ແລະ ການຮ່ວມມືສາກົນ; ສະຖາບັນຄົ້ນຄວ້າ</td></tr>"
                "</tbody>"
                "</table>"
                "<p><em>ຊື່ທັງໝົດ ໃນໜ້ານີ້ ເປັນຊື່ສົມມຸດ ເພື່ອການສາທິດ.</em></p>"
            ),
        },
        "en": {
            "summary": "The leadership of the Ministry of Digital Development: the Minister, the Deputy Ministers and their portfolios.",
            "body": (
                "<p>The Ministry of Digital Development is led by:</p>"
                "<table>"
                "<thead><tr><th>Name</th><th>Position</th><th>Responsible for</th></tr></thead>"
                "<tbody>"
                "<tr><td>Mr Bounthan Vongsavanh</td><td>Minister</td>"
                "<td>Overall direction of the Ministry; organisation and personnel; inspection</td></tr>"
                "<tr><td>Ms Manivone Phommachanh</td><td>Deputy Minister</td>"
                "<td>Digital government and online public services; the Cabinet Office</td></tr>"
                "<tr><td>Dr Somphone Keomany</td><td>Deputy Minister</td>"
                "<td>Telecommunications and cyber security</td></tr>"
                "<tr><td>Mr Vilaysack Inthavong</td><td>Deputy Minister</td>"
                "<td>Planning, finance and international cooperation; the research institute</td></tr>"
                "</tbody>"
                "</table>"
                "<p><em>All names on this page are fictional, for demonstration only.</em></p>"
            ),
        },
    },
    "news": {
        "lo": {
            "summary": "ຂ່າວກິດຈະກຳ, ແຈ້ງການ ແລະ ປະກາດ ຫຼ້າສຸດ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ.",
            "body": (
                "<p>ໜ້ານີ້ລວບລວມ ຂ່າວກິດຈະກຳ, ແຈ້ງການ ແລະ ປະກາດ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ. "
                "ກ່ອນເດີນທາງມາຕິດຕໍ່ພົວພັນ ກັບກະຊວງ, ກະລຸນາກວດເບິ່ງແຈ້ງການຫຼ້າສຸດ ກ່ຽວກັບວັນພັກ "
                "ແລະ ການປ່ຽນແປງເວລາໃຫ້ບໍລິການ.</p>"
            ),
        },
        "en": {
            "summary": "The latest news, notices and announcements from the Ministry of Digital Development.",
            "body": (
                "<p>This page brings together news of the Ministry's activities, its notices and its "
                "announcements. Before visiting the Ministry in person, please check the latest notices on "
                "holidays and changes to service hours.</p>"
            ),
        },
    },
    "documents": {
        "lo": {
            "summary": "ກົດໝາຍ, ດຳລັດ, ຂໍ້ຕົກລົງ, ຄຳສັ່ງ ແລະ ຄຳແນະນຳ ທີ່ກ່ຽວຂ້ອງກັບວຽກງານດິຈິຕອນ.",
            "body": (
                "<p>ໜ້ານີ້ລວບລວມ ນິຕິກຳ ທີ່ກ່ຽວຂ້ອງກັບວຽກງານ ຂອງກະຊວງ ເຊັ່ນ: ກົດໝາຍ, ດຳລັດ, ຂໍ້ຕົກລົງ, "
                "ຄຳສັ່ງ ແລະ ຄຳແນະນຳ. ເອກະສານແຕ່ລະສະບັບ ລະບຸເລກທີ, ວັນທີອອກ ແລະ ວັນທີມີຜົນສັກສິດ.</p>"
                "<p>ຖ້າທ່ານຊອກຫາເອກະສານໃດໜຶ່ງບໍ່ພົບ ຫຼື ຕ້ອງການສຳເນົາທີ່ມີການຢັ້ງຢືນ, "
                "ກະລຸນາຕິດຕໍ່ ຫ້ອງການກະຊວງ.</p>"
            ),
        },
        "en": {
            "summary": "Laws, decrees, decisions, orders and instructions relating to the digital sector.",
            "body": (
                "<p>This page brings together the legislation relating to the Ministry's work, such as laws, "
                "decrees, decisions, orders and instructions. Each document shows its number, date of issue "
                "and date of entry into force.</p>"
                "<p>If you cannot find a document, or need a certified copy, please contact the Cabinet Office "
                "of the Ministry.</p>"
            ),
        },
    },
    "services": {
        "lo": {
            "summary": "ການບໍລິການ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ ທີ່ປ່ອງບໍລິການປະຕູດຽວ ແລະ ຜ່ານລະບົບອອນລາຍ.",
            "body": (
                "<p>ກະຊວງ ສະໜອງການບໍລິການ ໃຫ້ແກ່ປະຊາຊົນ ແລະ ຫົວໜ່ວຍທຸລະກິດ ທັງທີ່ປ່ອງບໍລິການປະຕູດຽວ "
                "ຂອງກະຊວງ ແລະ ຜ່ານລະບົບອອນລາຍ. ການບໍລິການຫຼັກ ໄດ້ແກ່:</p>"
                "<ul>"
                "<li>ການອອກໃບອະນຸຍາດດຳເນີນທຸລະກິດ ດ້ານໂທລະຄົມມະນາຄົມ ແລະ ອິນເຕີເນັດ;</li>"
                "<li>ການຈັດສັນຄື້ນຄວາມຖີ່ວິທະຍຸ ແລະ ເລກໝາຍໂທລະສັບ;</li>"
                "<li>ການຢັ້ງຢືນມາດຕະຖານ ອຸປະກອນໂທລະຄົມມະນາຄົມ;</li>"
                "<li>ການຊຳລະຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ ທາງອອນລາຍ.</li>"
                "</ul>"
                "<p>ຂັ້ນຕອນລະອຽດ ຂອງບາງການບໍລິການ ມີຢູ່ໃນໜ້າຍ່ອຍ ຂອງໜ້ານີ້.</p>"
            ),
        },
        "en": {
            "summary": "Services of the Ministry of Digital Development, at its one-stop service counter and online.",
            "body": (
                "<p>The Ministry serves citizens and businesses both at its one-stop service counter and "
                "online. Its main services are:</p>"
                "<ul>"
                "<li>licences for telecommunications and Internet businesses;</li>"
                "<li>assignment of radio frequencies and telephone numbers;</li>"
                "<li>type approval of telecommunications equipment;</li>"
                "<li>online payment of fees and charges.</li>"
                "</ul>"
                "<p>Step-by-step guides to some of these services are on the pages below this one.</p>"
            ),
        },
    },
    "contact": {
        "lo": {
            "summary": "ທີ່ຢູ່, ເບີໂທລະສັບ, ອີເມວ ແລະ ໂມງລັດຖະການ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ.",
            "body": (
                "<p>ທ່ານສາມາດຕິດຕໍ່ ກະຊວງການພັດທະນາດິຈິຕອນ ໃນໂມງລັດຖະການ ຕາມທີ່ຢູ່ ແລະ ຊ່ອງທາງລຸ່ມນີ້. "
                "ສຳລັບຄຳຖາມ ກ່ຽວກັບໃບອະນຸຍາດ ຫຼື ຄ່າທຳນຽມ, ກະລຸນາກຽມເລກທີຄຳຮ້ອງ ຂອງທ່ານໄວ້ "
                "ເພື່ອໃຫ້ພະນັກງານຊ່ວຍເຫຼືອໄດ້ໄວຂຶ້ນ.</p>"
            ),
        },
        "en": {
            "summary": "Address, telephone, email and office hours of the Ministry of Digital Development.",
            "body": (
                "<p>You can contact the Ministry of Digital Development during office hours at the address "
                "and through the channels below. If your question is about a licence or a fee, please have your "
                "application number ready so that our staff can help you more quickly.</p>"
            ),
        },
    },
}


EXTRA_PAGES = [
    # --- Departments, under "structure" -------------------------------------
    {
        "parent": "structure",
        "lo": {
            "title": "ຫ້ອງການກະຊວງ",
            "summary": "ຫ້ອງການກະຊວງ ເປັນເສນາທິການ ດ້ານບໍລິຫານ, ເອກະສານ ແລະ ການພົວພັນສາທາລະນະ ໃຫ້ແກ່ຄະນະນຳກະຊວງ.",
            "body": (
                "<p>ຫ້ອງການກະຊວງ ເປັນເສນາທິການ ໃຫ້ແກ່ຄະນະນຳກະຊວງ ໃນການສັງລວມ, ປະສານງານ ແລະ ຕິດຕາມ "
                "ວຽກງານລວມ ຂອງກະຊວງ; ຄຸ້ມຄອງວຽກງານບໍລິຫານ, ເອກະສານຂາເຂົ້າ-ຂາອອກ, ການເງິນ ແລະ ຊັບສິນ; "
                "ຈັດກອງປະຊຸມ ແລະ ກິດຈະກຳ ຂອງຄະນະນຳ; ຮັບຜິດຊອບວຽກງານການພົວພັນສາທາລະນະ, "
                "ເວັບໄຊທາງການ ແລະ ການຕອບຄຳຖາມ ຂອງປະຊາຊົນ.</p>"
                "<p>ປ່ອງບໍລິການປະຕູດຽວ ຂອງກະຊວງ ກໍຂຶ້ນກັບຫ້ອງການກະຊວງ ເຊິ່ງຮັບຄຳຮ້ອງ, ແຈ້ງຜົນ "
                "ແລະ ມອບເອກະສານ ໃຫ້ແກ່ຜູ້ມາຕິດຕໍ່ ໃນໂມງລັດຖະການ.</p>"
                "<p><strong>ຕິດຕໍ່:</strong> ຊັ້ນ 1, ອາຄານ ກ · ໂທ: +856 21 000 110 · "
                "ອີເມວ: cabinet@demo.gweb.test</p>"
            ),
        },
        "en": {
            "title": "Cabinet Office of the Ministry",
            "summary": "The Cabinet Office supports the Ministry's leadership on administration, correspondence and public relations.",
            "body": (
                "<p>The Cabinet Office supports the Ministry's leadership by compiling, coordinating and "
                "following up the Ministry's overall work. It manages administration, incoming and outgoing "
                "correspondence, finance and property; organises the leadership's meetings and events; and is "
                "responsible for public relations, the official website and answering questions from the public.</p>"
                "<p>The Ministry's one-stop service counter is also part of the Cabinet Office: it receives "
                "applications, gives out decisions and hands over documents to visitors during office hours.</p>"
                "<p><strong>Contact:</strong> Ground floor, Building A · Tel: +856 21 000 110 · "
                "Email: cabinet@demo.gweb.test</p>"
            ),
        },
    },
    {
        "parent": "structure",
        "lo": {
            "title": "ກົມແຜນການ ແລະ ການຮ່ວມມື",
            "summary": "ກົມແຜນການ ແລະ ການຮ່ວມມື ຮັບຜິດຊອບ ແຜນພັດທະນາ, ງົບປະມານ, ສະຖິຕິ ແລະ ການຮ່ວມມືສາກົນ ຂອງກະຊວງ.",
            "body": (
                "<p>ກົມແຜນການ ແລະ ການຮ່ວມມື ເປັນກົງຈັກການຈັດຕັ້ງ ຂອງກະຊວງ ມີພາລະບົດບາດເປັນເສນາທິການ "
                "ໃຫ້ຄະນະນຳກະຊວງ ໃນການຄົ້ນຄວ້າສ້າງ ແຜນພັດທະນາ, ແຜນງົບປະມານ ແລະ ແຜນການລົງທຶນ ຂອງກະຊວງ; "
                "ຕິດຕາມ ແລະ ປະເມີນຜົນ ການຈັດຕັ້ງປະຕິບັດແຜນ; ເກັບກຳ ແລະ ເຜີຍແຜ່ ສະຖິຕິດ້ານໂທລະຄົມມະນາຄົມ "
                "ແລະ ດິຈິຕອນ; ຄຸ້ມຄອງວຽກງານການຮ່ວມມື ກັບຕ່າງປະເທດ ແລະ ອົງການຈັດຕັ້ງສາກົນ.</p>"
                "<p>ກົມ ປະກອບດ້ວຍ 3 ພະແນກ: ພະແນກແຜນການ ແລະ ສະຖິຕິ, ພະແນກການເງິນ ແລະ ການລົງທຶນ "
                "ແລະ ພະແນກການຮ່ວມມືສາກົນ.</p>"
                "<p><strong>ຕິດຕໍ່:</strong> ຊັ້ນ 3, ອາຄານ ກ · ໂທ: +856 21 000 130 · "
                "ອີເມວ: planning@demo.gweb.test</p>"
            ),
        },
        "en": {
            "title": "Department of Planning and Cooperation",
            "summary": "The Department of Planning and Cooperation handles the Ministry's plans, budget, statistics and international cooperation.",
            "body": (
                "<p>The Department of Planning and Cooperation advises the Ministry's leadership on, and drafts, "
                "the Ministry's development plans, budget and investment plans. It monitors and evaluates how "
                "those plans are carried out, collects and publishes statistics on telecommunications and the "
                "digital sector, and manages cooperation with other countries and international organisations.</p>"
                "<p>It has three divisions: Planning and Statistics; Finance and Investment; and International "
                "Cooperation.</p>"
                "<p><strong>Contact:</strong> 3rd floor, Building A · Tel: +856 21 000 130 · "
                "Email: planning@demo.gweb.test</p>"
            ),
        },
    },
    {
        "parent": "structure",
        "lo": {
            "title": "ກົມໂທລະຄົມມະນາຄົມ",
            "summary": "ກົມໂທລະຄົມມະນາຄົມ ຄຸ້ມຄອງໃບອະນຸຍາດ, ຄື້ນຄວາມຖີ່, ເລກໝາຍ ແລະ ຄຸນນະພາບການບໍລິການ ໂທລະຄົມມະນາຄົມ.",
            "body": (
                "<p>ກົມໂທລະຄົມມະນາຄົມ ມີໜ້າທີ່ຄົ້ນຄວ້າສ້າງ ແລະ ຈັດຕັ້ງປະຕິບັດ ນິຕິກຳ ກ່ຽວກັບໂທລະຄົມມະນາຄົມ "
                "ແລະ ອິນເຕີເນັດ; ພິຈາລະນາອອກໃບອະນຸຍາດ ໃຫ້ແກ່ຜູ້ໃຫ້ບໍລິການ; ຄຸ້ມຄອງ ແລະ ຈັດສັນ "
                "ຄື້ນຄວາມຖີ່ວິທະຍຸ ແລະ ເລກໝາຍໂທລະສັບ; ກຳນົດມາດຕະຖານດ້ານເຕັກນິກ ແລະ ຄຸນນະພາບການບໍລິການ "
                "ພ້ອມທັງຢັ້ງຢືນມາດຕະຖານ ອຸປະກອນທີ່ນຳເຂົ້າ.</p>"
                "<p>ນອກຈາກນັ້ນ, ກົມ ຍັງປົກປ້ອງສິດ ແລະ ຜົນປະໂຫຍດ ຂອງຜູ້ຊົມໃຊ້ ໂດຍຮັບ ແລະ ພິຈາລະນາ "
                "ຄຳຮ້ອງທຸກ ກ່ຽວກັບຄຸນນະພາບ ແລະ ຄ່າບໍລິການ ໂທລະສັບ ແລະ ອິນເຕີເນັດ.</p>"
                "<p><strong>ຕິດຕໍ່:</strong> ຊັ້ນ 2, ອາຄານ ຂ · ໂທ: +856 21 000 150 · "
                "ອີເມວ: telecom@demo.gweb.test</p>"
            ),
        },
        "en": {
            "title": "Department of Telecommunications",
            "summary": "The Department of Telecommunications manages licences, radio spectrum, numbering and the quality of telecom services.",
            "body": (
                "<p>The Department of Telecommunications drafts and implements legislation on "
                "telecommunications and the Internet; examines licence applications from service providers; "
                "manages and assigns radio frequencies and telephone numbers; sets technical and service "
                "quality standards; and approves imported equipment against those standards.</p>"
                "<p>It also protects the rights and interests of consumers, receiving and investigating "
                "complaints about the quality and price of telephone and Internet services.</p>"
                "<p><strong>Contact:</strong> 2nd floor, Building B · Tel: +856 21 000 150 · "
                "Email: telecom@demo.gweb.test</p>"
            ),
        },
    },
    {
        "parent": "structure",
        "lo": {
            "title": "ກົມລັດຖະບານດິຈິຕອນ",
            "summary": "ກົມລັດຖະບານດິຈິຕອນ ຊີ້ນຳ ການຫັນວຽກງານບໍລິຫານລັດ ແລະ ການບໍລິການສາທາລະນະ ໃຫ້ເປັນດິຈິຕອນ.",
            "body": (
                "<p>ກົມລັດຖະບານດິຈິຕອນ ມີໜ້າທີ່ຊີ້ນຳ ແລະ ປະສານສົມທົບ ການຫັນວຽກງານບໍລິຫານລັດ ໃຫ້ເປັນດິຈິຕອນ; "
                "ພັດທະນາ ແລະ ຄຸ້ມຄອງ ລະບົບບໍລິການສາທາລະນະທາງອອນລາຍ, ລະບົບບໍລິຫານເອກະສານເອເລັກໂຕຣນິກ "
                "ແລະ ສູນຂໍ້ມູນ ຂອງລັດ; ກຳນົດມາດຕະຖານ ການແລກປ່ຽນຂໍ້ມູນ ລະຫວ່າງກົງຈັກລັດ ແລະ ໃຫ້ຄຳແນະນຳ "
                "ແກ່ກະຊວງ ແລະ ແຂວງ ໃນການພັດທະນາເວັບໄຊທາງການ.</p>"
                "<p>ກົມ ຍັງເປັນເຈົ້າການ ຈັດຝຶກອົບຮົມ ທັກສະດິຈິຕອນ ໃຫ້ແກ່ພະນັກງານ-ລັດຖະກອນ ທົ່ວປະເທດ "
                "ແລະ ຕິດຕາມ ການນຳໃຊ້ລາຍເຊັນເອເລັກໂຕຣນິກ ໃນກົງຈັກລັດ.</p>"
                "<p><strong>ຕິດຕໍ່:</strong> ຊັ້ນ 4, ອາຄານ ຂ · ໂທ: +856 21 000 170 · "
                "ອີເມວ: egov@demo.gweb.test</p>"
            ),
        },
        "en": {
            "title": "Department of Digital Government",
            "summary": "The Department of Digital Government leads the move of public administration and public services to digital.",
            "body": (
                "<p>The Department of Digital Government leads and coordinates the digital transformation of "
                "public administration. It develops and runs the online public services platform, the "
                "electronic document management system and the government data centre; sets the standards for "
                "data exchange between government bodies; and advises ministries and provinces on building "
                "their official websites.</p>"
                "<p>It also organises digital skills training for civil servants nationwide and oversees the "
                "use of electronic signatures in government.</p>"
                "<p><strong>Contact:</strong> 4th floor, Building B · Tel: +856 21 000 170 · "
                "Email: egov@demo.gweb.test</p>"
            ),
        },
    },
    {
        "parent": "structure",
        "lo": {
            "title": "ກົມຄວາມປອດໄພທາງໄຊເບີ",
            "summary": "ກົມຄວາມປອດໄພທາງໄຊເບີ ຕິດຕາມ, ປ້ອງກັນ ແລະ ແກ້ໄຂ ໄພຄຸກຄາມທາງໄຊເບີ ຕໍ່ລະບົບຂອງລັດ.",
            "body": (
                "<p>ກົມຄວາມປອດໄພທາງໄຊເບີ ມີໜ້າທີ່ຕິດຕາມ, ປ້ອງກັນ ແລະ ແກ້ໄຂ ໄພຄຸກຄາມທາງໄຊເບີ "
                "ຕໍ່ລະບົບຂໍ້ມູນຂ່າວສານ ຂອງກົງຈັກລັດ ແລະ ໂຄງລ່າງພື້ນຖານທີ່ສຳຄັນ; ປະສານງານ ການຮັບມື "
                "ເຫດສຸກເສີນທາງຄອມພິວເຕີ ຕະຫຼອດ 24 ຊົ່ວໂມງ; ອອກຄຳແນະນຳ ແລະ ແຈ້ງເຕືອນ ກ່ຽວກັບຊ່ອງໂຫວ່ "
                "ຂອງລະບົບ ແລະ ສ້າງຄວາມຮັບຮູ້ ກ່ຽວກັບການນຳໃຊ້ອິນເຕີເນັດຢ່າງປອດໄພ ໃຫ້ແກ່ສັງຄົມ.</p>"
                "<p>ຖ້າທ່ານພົບເຫັນ ເວັບໄຊປອມ, ອີເມວຫຼອກລວງ ທີ່ອ້າງຊື່ກົງຈັກລັດ ຫຼື ເຫດການທາງໄຊເບີ "
                "ທີ່ກະທົບຕໍ່ລະບົບຂອງລັດ, ກະລຸນາແຈ້ງໃຫ້ກົມຮູ້ໂດຍໄວ.</p>"
                "<p><strong>ຕິດຕໍ່:</strong> ຊັ້ນ 5, ອາຄານ ຂ · ສາຍດ່ວນ (24 ຊົ່ວໂມງ): +856 21 000 199 · "
                "ອີເມວ: cert@demo.gweb.test</p>"
            ),
        },
        "en": {
            "title": "Department of Cyber Security",
            "summary": "The Department of Cyber Security monitors, prevents and responds to cyber threats against government systems.",
            "body": (
                "<p>The Department of Cyber Security monitors, prevents and responds to cyber threats against "
                "government information systems and critical infrastructure. It coordinates the response to "
                "computer emergencies around the clock, issues advisories and alerts about vulnerabilities, and "
                "raises public awareness of safe Internet use.</p>"
                "<p>If you come across a fake website, a scam email claiming to come from a government body, or "
                "a cyber incident affecting government systems, please report it to the Department as soon as "
                "possible.</p>"
                "<p><strong>Contact:</strong> 5th floor, Building B · 24-hour hotline: +856 21 000 199 · "
                "Email: cert@demo.gweb.test</p>"
            ),
        },
    },
    # --- News, under "news" ---------------------------------------------------
    {
        "parent": "news",
        "days_ago": 3,
        "lo": {
            "title": "ແຈ້ງການ ກ່ຽວກັບການພັກວຽກ ເນື່ອງໃນບຸນປີໃໝ່ລາວ",
            "summary": "ປ່ອງບໍລິການປະຕູດຽວ ຂອງກະຊວງ ປິດໃນວັນທີ 14–16 ເມສາ; ບໍລິການອອນລາຍ ຍັງເປີດຕາມປົກກະຕິ.",
            "body": (
                "<p>ເນື່ອງໃນໂອກາດ ບຸນປີໃໝ່ລາວ ແລະ ອີງຕາມແຈ້ງການ ຂອງຫ້ອງວ່າການສຳນັກງານນາຍົກລັດຖະມົນຕີ "
                "ກ່ຽວກັບວັນພັກລັດຖະການ, ກະຊວງການພັດທະນາດິຈິຕອນ ຂໍແຈ້ງໃຫ້ ປະຊາຊົນ, ຫົວໜ່ວຍທຸລະກິດ "
                "ແລະ ພາກສ່ວນທີ່ກ່ຽວຂ້ອງ ຊາບວ່າ:</p>"
                "<ol>"
                "<li>ປ່ອງບໍລິການປະຕູດຽວ ຂອງກະຊວງ ຈະປິດໃນວັນທີ 14, 15 ແລະ 16 ເມສາ ແລະ ຈະເປີດບໍລິການ "
                "ຕາມປົກກະຕິ ໃນວັນເຮັດວຽກຖັດໄປ;</li>"
                "<li>ລະບົບຍື່ນຄຳຮ້ອງ ແລະ ຊຳລະຄ່າທຳນຽມ ທາງອອນລາຍ ຍັງເປີດໃຫ້ບໍລິການ ຕະຫຼອດ 24 ຊົ່ວໂມງ; "
                "ຄຳຮ້ອງທີ່ຍື່ນເຂົ້າມາ ໃນໄລຍະພັກວຽກ ຈະໄດ້ຮັບການພິຈາລະນາ ນັບແຕ່ມື້ເປີດວຽກເປັນຕົ້ນໄປ;</li>"
                "<li>ສຳລັບເຫດສຸກເສີນທາງໄຊເບີ, ກະລຸນາແຈ້ງ ສາຍດ່ວນ ຂອງກົມຄວາມປອດໄພທາງໄຊເບີ "
                "+856 21 000 199 ເຊິ່ງເປີດບໍລິການ ຕະຫຼອດໄລຍະພັກວຽກ.</li>"
                "</ol>"
                "<p>ໄລຍະເວລາ ດຳເນີນການ ຂອງຄຳຮ້ອງ ທີ່ກຳນົດເປັນວັນເຮັດວຽກ ຈະບໍ່ນັບເອົາວັນພັກດັ່ງກ່າວ.</p>"
                "<p>ເນື່ອງໃນໂອກາດນີ້, ກະຊວງການພັດທະນາດິຈິຕອນ ຂໍອວຍພອນປີໃໝ່ ມາຍັງທຸກທ່ານ ຈົ່ງມີແຕ່ຄວາມສຸກ, "
                "ສຸຂະພາບເຂັ້ມແຂງ ແລະ ເດີນທາງດ້ວຍຄວາມປອດໄພ.</p>"
            ),
        },
        "en": {
            "title": "Notice: office closure for Lao New Year",
            "summary": "The Ministry's one-stop service counter is closed on 14–16 April; online services remain open as usual.",
            "body": (
                "<p>On the occasion of Lao New Year, and in line with the notice of the Office of the Prime "
                "Minister on public holidays, the Ministry of Digital Development informs the public, businesses "
                "and all concerned that:</p>"
                "<ol>"
                "<li>the Ministry's one-stop service counter will be closed on 14, 15 and 16 April and will "
                "reopen as usual on the next working day;</li>"
                "<li>online applications and fee payments remain available 24 hours a day; applications "
                "received during the holiday will be dealt with from the first working day after it;</li>"
                "<li>cyber emergencies can be reported to the Department of Cyber Security hotline, "
                "+856 21 000 199, which stays open throughout the holiday.</li>"
                "</ol>"
                "<p>Processing times counted in working days do not include these holidays.</p>"
                "<p>The Ministry of Digital Development wishes everyone a happy New Year, good health and a "
                "safe journey.</p>"
            ),
        },
    },
    {
        "parent": "news",
        "days_ago": 6,
        "lo": {
            "title": "ຄະນະນຳກະຊວງ ລົງຊຸກຍູ້ວຽກງານ ຢູ່ແຂວງຫຼວງພະບາງ",
            "summary": "ຮອງລັດຖະມົນຕີ ນຳພາຄະນະ ລົງຢ້ຽມຢາມ ແລະ ຊຸກຍູ້ ວຽກງານໂທລະຄົມມະນາຄົມ ແລະ ການບໍລິການອອນລາຍ ຢູ່ແຂວງຫຼວງພະບາງ.",
            "body": (
                "<p>ຄະນະຜູ້ແທນ ກະຊວງການພັດທະນາດິຈິຕອນ ນຳໂດຍ ທ່ານ ປອ. ສົມພອນ ແກ້ວມະນີ ຮອງລັດຖະມົນຕີ "
                "ໄດ້ລົງຢ້ຽມຢາມ ແລະ ຊຸກຍູ້ວຽກງານ ຢູ່ແຂວງຫຼວງພະບາງ ເປັນເວລາ 3 ວັນ ໂດຍມີ ຮອງເຈົ້າແຂວງ "
                "ແຂວງຫຼວງພະບາງ ແລະ ຫົວໜ້າພະແນກການພັດທະນາດິຈິຕອນ ແຂວງ ໃຫ້ການຕ້ອນຮັບ.</p>"
                "<p>ໃນໂອກາດດັ່ງກ່າວ, ຄະນະຜູ້ແທນ ໄດ້ຮັບຟັງການລາຍງານ ກ່ຽວກັບສະພາບການພັດທະນາ "
                "ໂຄງລ່າງພື້ນຖານດິຈິຕອນ ຂອງແຂວງ. ປັດຈຸບັນ ທຸກເມືອງ ໃນແຂວງ ໄດ້ເຊື່ອມຕໍ່ສາຍໃຍແກ້ວນຳແສງ "
                "ແລ້ວ, ແຕ່ຍັງມີປະມານ 40 ບ້ານ ໃນເຂດພູດອຍ ທີ່ສັນຍານໂທລະສັບມືຖື ຍັງບໍ່ທັນໝັ້ນທ່ຽງ.</p>"
                "<p>ຄະນະຜູ້ແທນ ຍັງໄດ້ລົງຢ້ຽມຊົມ ສະຖານີຖ່າຍທອດສັນຍານ ຢູ່ເມືອງງອຍ ແລະ ຈຸດບໍລິການປະຕູດຽວ "
                "ຂອງເມືອງຫຼວງພະບາງ ທີ່ໄດ້ເລີ່ມຮັບຄຳຮ້ອງ ຜ່ານລະບົບອອນລາຍ, ພ້ອມທັງໄດ້ພົບປະລົມກັບ "
                "ພະນັກງານ ແລະ ປະຊາຊົນ ທີ່ມາໃຊ້ບໍລິການ.</p>"
                "<p>ທ່ານ ຮອງລັດຖະມົນຕີ ໄດ້ສະແດງຄວາມຊົມເຊີຍ ຕໍ່ການເປັນເຈົ້າການ ຂອງອົງການປົກຄອງແຂວງ "
                "ແລະ ໄດ້ແນະນຳໃຫ້ພະແນກການພັດທະນາດິຈິຕອນ ແຂວງ ສືບຕໍ່ປະສານສົມທົບ ກັບບໍລິສັດຜູ້ໃຫ້ບໍລິການ "
                "ເພື່ອຂະຫຍາຍສັນຍານ ໄປເຖິງບ້ານທີ່ຍັງເຫຼືອ ໃຫ້ສຳເລັດ ພາຍໃນປີນີ້.</p>"
            ),
        },
        "en": {
            "title": "Ministry leadership visits Luang Prabang Province",
            "summary": "A Deputy Minister led a delegation to Luang Prabang to review telecommunications coverage and online services.",
            "body": (
                "<p>A delegation from the Ministry of Digital Development, led by Deputy Minister Dr Somphone "
                "Keomany, spent three days in Luang Prabang Province reviewing and supporting local work. The "
                "delegation was welcomed by the Vice Governor of Luang Prabang and the head of the provincial "
                "Department of Digital Development.</p>"
                "<p>The delegation was briefed on the province's digital infrastructure. Every district in the "
                "province is now connected by fibre-optic cable, but around 40 villages in mountainous areas "
                "still lack reliable mobile coverage.</p>"
                "<p>The delegation also visited a transmission station in Ngoy District and the one-stop service "
                "point of Luang Prabang District, which has begun accepting applications online, and talked with "
                "staff and with residents using the service.</p>"
                "<p>The Deputy Minister praised the provincial authorities for their initiative and asked the "
                "provincial Department of Digital Development to keep working with the network operators to "
                "bring coverage to the remaining villages before the end of the year.</p>"
            ),
        },
    },
    {
        "parent": "news",
        "days_ago": 11,
        "lo": {
            "title": "ກອງປະຊຸມສະຫຼຸບການຈັດຕັ້ງປະຕິບັດແຜນການ 6 ເດືອນຕົ້ນປີ",
            "summary": "ກະຊວງ ສະຫຼຸບຜົນງານ 6 ເດືອນຕົ້ນປີ ແລະ ວາງທິດທາງ ແຜນການ 6 ເດືອນທ້າຍປີ.",
            "body": (
                "<p>ໃນຕອນເຊົ້າ, ທີ່ຫ້ອງປະຊຸມໃຫຍ່ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ ໄດ້ໄຂກອງປະຊຸມ "
                "ສະຫຼຸບການຈັດຕັ້ງປະຕິບັດແຜນການ 6 ເດືອນຕົ້ນປີ ແລະ ວາງທິດທາງແຜນການ 6 ເດືອນທ້າຍປີ "
                "ໂດຍການເປັນປະທານ ຂອງ ທ່ານ ບຸນທັນ ວົງສະຫວັນ ລັດຖະມົນຕີ, ມີບັນດາຮອງລັດຖະມົນຕີ, "
                "ຫົວໜ້າ ແລະ ຮອງຫົວໜ້າກົມ, ຫົວໜ້າພະແນກການພັດທະນາດິຈິຕອນ ຈາກ 17 ແຂວງ "
                "ແລະ ນະຄອນຫຼວງວຽງຈັນ ເຂົ້າຮ່ວມ.</p>"
                "<p>ກອງປະຊຸມ ໄດ້ຮັບຟັງບົດລາຍງານ ເຊິ່ງໃຫ້ຮູ້ວ່າ: ໃນໄລຍະ 6 ເດືອນຜ່ານມາ, "
                "ເຄືອຂ່າຍອິນເຕີເນັດຄວາມໄວສູງ ໄດ້ຂະຫຍາຍໄປເຖິງ 12 ເມືອງໃໝ່ ກວມເອົາປະມານ 310 ບ້ານ; "
                "ຈຳນວນຄຳຮ້ອງ ທີ່ຍື່ນຜ່ານລະບົບອອນລາຍ ເພີ່ມຂຶ້ນ 38% ເມື່ອທຽບໃສ່ໄລຍະດຽວກັນ ຂອງປີຜ່ານມາ "
                "ແລະ ພະນັກງານ-ລັດຖະກອນ ຫຼາຍກວ່າ 1.200 ຄົນ ໄດ້ຮັບການຝຶກອົບຮົມ ທັກສະດິຈິຕອນພື້ນຖານ.</p>"
                "<p>ກອງປະຊຸມ ຍັງໄດ້ປຶກສາຫາລື ຢ່າງກວ້າງຂວາງ ກ່ຽວກັບຂໍ້ຄົງຄ້າງ ແລະ ສິ່ງທ້າທາຍ ເຊັ່ນ: "
                "ຄ່າບໍລິການອິນເຕີເນັດ ໃນເຂດຊົນນະບົດ ຍັງສູງ, ການເຊື່ອມຕໍ່ຂໍ້ມູນ ລະຫວ່າງບາງກົງຈັກລັດ "
                "ຍັງບໍ່ທັນເປັນລະບົບ ແລະ ບຸກຄະລາກອນ ດ້ານຄວາມປອດໄພທາງໄຊເບີ ຍັງບໍ່ພຽງພໍ.</p>"
                "<p>ໃນຕອນທ້າຍ, ທ່ານ ລັດຖະມົນຕີ ໄດ້ຕີລາຄາສູງ ຕໍ່ຜົນງານທີ່ຍາດມາໄດ້ ແລະ ໄດ້ມີຄຳເຫັນໂອ້ລົມ "
                "ໃຫ້ທຸກພາກສ່ວນ ເອົາໃຈໃສ່ ປະຕິບັດຄາດໝາຍ ທີ່ວາງໄວ້ໃຫ້ສຳເລັດ ໂດຍສະເພາະ ການເປີດນຳໃຊ້ "
                "ບໍລິການສາທາລະນະທາງອອນລາຍ ເພີ່ມອີກ 10 ບໍລິການ ພາຍໃນທ້າຍປີ.</p>"
            ),
        },
        "en": {
            "title": "Mid-year review meeting",
            "summary": "The Ministry reviewed its results for the first half of the year and set the direction for the second half.",
            "body": (
                "<p>The Ministry of Digital Development held its meeting to review the first six months of the "
                "year and plan the remaining six in its main conference hall. The meeting was chaired by Minister "
                "Bounthan Vongsavanh and attended by the Deputy Ministers, the heads and deputy heads of "
                "departments, and the heads of the provincial departments of digital development from the 17 "
                "provinces and Vientiane Capital.</p>"
                "<p>The report presented to the meeting showed that over the past six months high-speed Internet "
                "had reached 12 more districts, covering about 310 villages; that applications made online had "
                "risen by 38% on the same period last year; and that more than 1,200 civil servants had received "
                "basic digital skills training.</p>"
                "<p>Participants also discussed at length the work still outstanding and the challenges ahead, "
                "including the high cost of Internet access in rural areas, data links between some government "
                "bodies that are not yet systematic, and a shortage of cyber security specialists.</p>"
                "<p>Closing the meeting, the Minister commended the results achieved and urged every unit to "
                "meet the targets set, in particular the launch of ten more online public services by the end of "
                "the year.</p>"
            ),
        },
    },
    {
        "parent": "news",
        "days_ago": 15,
        "lo": {
            "title": "ເປີດຊຸດຝຶກອົບຮົມ ການນຳໃຊ້ລະບົບບໍລິຫານເອກະສານເອເລັກໂຕຣນິກ",
            "summary": "ພະນັກງານ 45 ທ່ານ ຈາກບັນດາກົມ ແລະ ພະແນກການ ຂັ້ນແຂວງ ເຂົ້າຮ່ວມ ການຝຶກອົບຮົມ 5 ວັນ ກ່ຽວກັບລະບົບເອກະສານເອເລັກໂຕຣນິກ.",
            "body": (
                "<p>ທີ່ສູນຝຶກອົບຮົມ ຂອງກະຊວງການພັດທະນາດິຈິຕອນ ໄດ້ມີພິທີເປີດ ຊຸດຝຶກອົບຮົມ "
                "ການນຳໃຊ້ລະບົບບໍລິຫານເອກະສານເອເລັກໂຕຣນິກ ໃຫ້ແກ່ພະນັກງານ-ລັດຖະກອນ ທີ່ຮັບຜິດຊອບ "
                "ວຽກງານເອກະສານ ຂອງບັນດາກົມ ແລະ ພະແນກການ ຂັ້ນແຂວງ ຈຳນວນ 45 ທ່ານ, ໂດຍການເປັນປະທານ "
                "ຂອງຫົວໜ້າກົມລັດຖະບານດິຈິຕອນ.</p>"
                "<p>ຊຸດຝຶກອົບຮົມ ມີກຳນົດ 5 ວັນ. ເນື້ອໃນ ປະກອບມີ: ການລົງທະບຽນ ແລະ ການສົ່ງຕໍ່ "
                "ເອກະສານຂາເຂົ້າ-ຂາອອກ ໃນລະບົບ, ການນຳໃຊ້ລາຍເຊັນເອເລັກໂຕຣນິກ, ການຈັດເກັບ ແລະ "
                "ຄົ້ນຫາເອກະສານ ແລະ ການຮັກສາຄວາມປອດໄພ ຂອງບັນຊີຜູ້ໃຊ້.</p>"
                "<p>ການຝຶກອົບຮົມ ເນັ້ນໃສ່ການປະຕິບັດຕົວຈິງ ໃນຫ້ອງຄອມພິວເຕີ ໂດຍນຳໃຊ້ເອກະສານຕົວຢ່າງ "
                "ຈາກວຽກງານປະຈຳວັນ. ພາຍຫຼັງສຳເລັດ, ຜູ້ເຂົ້າຮ່ວມ ຈະເປັນຄູຝຶກ ເພື່ອຖ່າຍທອດຄວາມຮູ້ "
                "ໃຫ້ແກ່ເພື່ອນຮ່ວມງານ ຢູ່ກົງຈັກຂອງຕົນ.</p>"
                "<p>ຊຸດຝຶກອົບຮົມນີ້ ເປັນສ່ວນໜຶ່ງ ຂອງແຜນການຫັນວຽກງານເອກະສານ ຂອງກົງຈັກລັດ ໃຫ້ເປັນ "
                "ເອເລັກໂຕຣນິກ ເຊິ່ງຄາດວ່າ ຈະຂະຫຍາຍໄປທຸກແຂວງ ພາຍໃນປີໜ້າ.</p>"
            ),
        },
        "en": {
            "title": "Training course opens on the electronic document management system",
            "summary": "45 officials from ministry departments and provincial offices began a five-day course on the electronic document system.",
            "body": (
                "<p>A training course on the electronic document management system opened at the Ministry of "
                "Digital Development's training centre, chaired by the Director General of the Department of "
                "Digital Government. The 45 participants are civil servants who handle correspondence in the "
                "Ministry's departments and in provincial offices.</p>"
                "<p>The five-day course covers registering and routing incoming and outgoing documents in the "
                "system, using electronic signatures, filing and finding documents, and keeping user accounts "
                "secure.</p>"
                "<p>The training is hands-on, in a computer room, using sample documents drawn from everyday "
                "work. On completing it, participants will act as trainers and pass on what they have learned to "
                "colleagues in their own offices.</p>"
                "<p>The course is part of the plan to move government paperwork to electronic form, which is "
                "expected to reach every province next year.</p>"
            ),
        },
    },
    {
        "parent": "news",
        "days_ago": 19,
        "lo": {
            "title": "ກອງປະຊຸມສຳມະນາ ກ່ຽວກັບການນຳໃຊ້ລາຍເຊັນເອເລັກໂຕຣນິກ ໃນກົງຈັກລັດ",
            "summary": "ຜູ້ຕາງໜ້າ 120 ກວ່າທ່ານ ແລກປ່ຽນບົດຮຽນ ກ່ຽວກັບການນຳໃຊ້ລາຍເຊັນເອເລັກໂຕຣນິກ ໃນເອກະສານທາງລັດຖະການ.",
            "body": (
                "<p>ກົມລັດຖະບານດິຈິຕອນ ໄດ້ຈັດກອງປະຊຸມສຳມະນາ ກ່ຽວກັບການນຳໃຊ້ລາຍເຊັນເອເລັກໂຕຣນິກ "
                "ໃນກົງຈັກລັດ ເປັນເວລາ 2 ວັນ ຢູ່ນະຄອນຫຼວງວຽງຈັນ ໂດຍການເປັນປະທານ ຂອງ ທ່ານ ນາງ "
                "ມະນີວອນ ພົມມະຈັນ ຮອງລັດຖະມົນຕີ, ມີຜູ້ຕາງໜ້າ ຈາກ 15 ກະຊວງ ແລະ ອົງການທຽບເທົ່າ, "
                "ພະແນກການທີ່ກ່ຽວຂ້ອງ ຂອງບາງແຂວງ ແລະ ທະນາຄານທຸລະກິດ ເຂົ້າຮ່ວມ ທັງໝົດ 120 ກວ່າທ່ານ.</p>"
                "<p>ກອງປະຊຸມ ມີຈຸດປະສົງ ເພື່ອແນະນຳ ຂອບນິຕິກຳ ແລະ ມາດຕະຖານດ້ານເຕັກນິກ "
                "ຂອງລາຍເຊັນເອເລັກໂຕຣນິກ, ສ້າງຄວາມເຂົ້າໃຈ ກ່ຽວກັບການນຳໃຊ້ໃບຢັ້ງຢືນດິຈິຕອນ "
                "ໃນການອອກເອກະສານທາງລັດຖະການ ແລະ ແລກປ່ຽນບົດຮຽນ ລະຫວ່າງກົງຈັກຕ່າງໆ.</p>"
                "<p>ຜູ້ເຂົ້າຮ່ວມ ໄດ້ຮັບຟັງການນຳສະເໜີ ປະສົບການ ຂອງກົງຈັກ ທີ່ໄດ້ທົດລອງນຳໃຊ້ "
                "ລາຍເຊັນເອເລັກໂຕຣນິກ ໃນການລົງນາມໜັງສືພາຍໃນ ເຊິ່ງຊ່ວຍຫຼຸດເວລາ ໃນການສົ່ງເອກະສານ "
                "ຈາກຫຼາຍວັນ ເຫຼືອພຽງບໍ່ເທົ່າໃດຊົ່ວໂມງ ແລະ ປະຢັດເຈ້ຍ ໄດ້ຢ່າງຫຼວງຫຼາຍ.</p>"
                "<p>ໃນທ້າຍກອງປະຊຸມ, ຜູ້ເຂົ້າຮ່ວມ ໄດ້ເຫັນດີເປັນເອກະພາບ ສະເໜີໃຫ້ສ້າງແຜນການ "
                "ຂະຫຍາຍການນຳໃຊ້ລາຍເຊັນເອເລັກໂຕຣນິກ ໄປສູ່ທຸກກະຊວງ ແລະ ແຂວງ ເປັນກ້າວໆ "
                "ພ້ອມທັງປັບປຸງ ຄຳແນະນຳ ກ່ຽວກັບການເກັບຮັກສາເອກະສານເອເລັກໂຕຣນິກ ໃຫ້ສອດຄ່ອງ.</p>"
            ),
        },
        "en": {
            "title": "Workshop on the use of electronic signatures in government",
            "summary": "More than 120 participants shared experience of using electronic signatures on official documents.",
            "body": (
                "<p>The Department of Digital Government held a two-day workshop in Vientiane Capital on the "
                "use of electronic signatures in government, chaired by Deputy Minister Ms Manivone Phommachanh. "
                "More than 120 people took part, representing 15 ministries and equivalent bodies, provincial "
                "departments from several provinces, and commercial banks.</p>"
                "<p>The workshop set out to present the legal framework and technical standards for electronic "
                "signatures, to explain how digital certificates can be used when issuing official documents, "
                "and to let government bodies learn from one another.</p>"
                "<p>Participants heard from offices that have piloted electronic signatures for internal "
                "correspondence: sending a document now takes a few hours instead of several days, and far less "
                "paper is used.</p>"
                "<p>At the close, participants agreed to recommend a plan for rolling out electronic signatures "
                "to every ministry and province step by step, together with updated guidance on keeping "
                "electronic records.</p>"
            ),
        },
    },
    {
        "parent": "news",
        "days_ago": 27,
        "lo": {
            "title": "ດຳລັດວ່າດ້ວຍການບໍລິການສາທາລະນະທາງອອນລາຍ ມີຜົນສັກສິດ",
            "summary": "ດຳລັດສະບັບໃໝ່ ຮັບຮອງຄຸນຄ່າທາງກົດໝາຍ ຂອງຄຳຮ້ອງທີ່ຍື່ນທາງອອນລາຍ ແລະ ຫ້າມຮຽກເອົາເອກະສານທີ່ລັດມີຢູ່ແລ້ວຊ້ຳອີກ.",
            "body": (
                "<p>ດຳລັດວ່າດ້ວຍການບໍລິການສາທາລະນະທາງອອນລາຍ ສະບັບເລກທີ 118/ລບ ທີ່ລັດຖະບານ "
                "ໄດ້ຮັບຮອງເອົາ ໃນກອງປະຊຸມສະໄໝສາມັນ ປະຈຳເດືອນ ຄັ້ງຜ່ານມາ ໄດ້ມີຜົນສັກສິດ ນັບແຕ່ມື້ນີ້ເປັນຕົ້ນໄປ "
                "ພາຍຫຼັງໄດ້ລົງຈົດໝາຍເຫດທາງລັດຖະການ ຄົບ 15 ວັນ.</p>"
                "<p>ດຳລັດສະບັບນີ້ ກຳນົດຫຼັກການ, ລະບຽບການ ແລະ ມາດຕະການ ກ່ຽວກັບການສະໜອງ ແລະ ການນຳໃຊ້ "
                "ການບໍລິການສາທາລະນະ ຜ່ານລະບົບອອນລາຍ ເພື່ອເຮັດໃຫ້ການບໍລິການ ມີຄວາມວ່ອງໄວ, ໂປ່ງໃສ "
                "ແລະ ຫຼຸດຜ່ອນເອກະສານ ແລະ ການເດີນທາງ ຂອງປະຊາຊົນ ແລະ ຫົວໜ່ວຍທຸລະກິດ.</p>"
                "<p>ຈຸດໃໝ່ທີ່ສຳຄັນ ຂອງດຳລັດ ມີດັ່ງນີ້:</p>"
                "<ul>"
                "<li>ຄຳຮ້ອງ ແລະ ເອກະສານ ທີ່ຍື່ນຜ່ານລະບົບອອນລາຍ ມີຄຸນຄ່າທາງກົດໝາຍ ເທົ່າກັບການຍື່ນດ້ວຍເຈ້ຍ;</li>"
                "<li>ກົງຈັກລັດ ຕ້ອງບໍ່ຮຽກເອົາເອກະສານ ທີ່ລັດມີຢູ່ແລ້ວ ຈາກຜູ້ຍື່ນຄຳຮ້ອງ ຊ້ຳອີກ;</li>"
                "<li>ທຸກຄຳຮ້ອງ ຕ້ອງໄດ້ຮັບເລກທີຕິດຕາມ ແລະ ຜູ້ຍື່ນ ສາມາດກວດເບິ່ງສະຖານະ ໄດ້ທຸກເວລາ;</li>"
                "<li>ກົງຈັກລັດ ຕ້ອງຮັກສາຂໍ້ມູນສ່ວນບຸກຄົນ ຂອງຜູ້ຍື່ນຄຳຮ້ອງ ໃຫ້ປອດໄພ.</li>"
                "</ul>"
                "<p>ກະຊວງການພັດທະນາດິຈິຕອນ ໄດ້ຮັບການມອບໝາຍ ໃຫ້ເປັນເຈົ້າການ ປະສານສົມທົບ ກັບກະຊວງ, "
                "ອົງການ ແລະ ອົງການປົກຄອງທ້ອງຖິ່ນ ໃນການຈັດຕັ້ງປະຕິບັດ. ທ່ານສາມາດອ່ານເນື້ອໃນສະບັບເຕັມ "
                "ຂອງດຳລັດ ໄດ້ທີ່ໜ້ານິຕິກຳ ຂອງເວັບໄຊນີ້.</p>"
            ),
        },
        "en": {
            "title": "Decree on online public services takes effect",
            "summary": "The new decree gives online applications full legal force and bars officials from asking again for documents the state already holds.",
            "body": (
                "<p>The Decree on Online Public Services, No. 118/GOV, adopted by the Government at its last "
                "regular monthly meeting, takes effect today, 15 days after its publication in the Official "
                "Gazette.</p>"
                "<p>The decree sets out the principles, rules and measures for providing and using public "
                "services online, with the aim of making services faster and more transparent and of sparing "
                "citizens and businesses paperwork and travel.</p>"
                "<p>Its main new provisions are:</p>"
                "<ul>"
                "<li>applications and documents submitted online have the same legal force as those submitted on paper;</li>"
                "<li>government bodies must not ask applicants again for documents the state already holds;</li>"
                "<li>every application receives a tracking number, and applicants can check its status at any time;</li>"
                "<li>government bodies must keep applicants' personal data secure.</li>"
                "</ul>"
                "<p>The Ministry of Digital Development has been tasked with leading implementation, working "
                "with other ministries, agencies and local authorities. The full text of the decree is available "
                "in the Legal documents section of this website.</p>"
            ),
        },
    },
    {
        "parent": "news",
        "days_ago": 41,
        "lo": {
            "title": "ພິທີລົງນາມ ບົດບັນທຶກຄວາມເຂົ້າໃຈ ວ່າດ້ວຍການພັດທະນາບຸກຄະລາກອນດ້ານດິຈິຕອນ",
            "summary": "ກະຊວງ ລົງນາມບົດບັນທຶກຄວາມເຂົ້າໃຈ ກັບສະຖາບັນການສຶກສາຊັ້ນສູງ 3 ແຫ່ງ ເພື່ອພັດທະນາບຸກຄະລາກອນດ້ານດິຈິຕອນ.",
            "body": (
                "<p>ທີ່ກະຊວງການພັດທະນາດິຈິຕອນ ໄດ້ຈັດພິທີລົງນາມ ບົດບັນທຶກຄວາມເຂົ້າໃຈ "
                "ວ່າດ້ວຍການຮ່ວມມືພັດທະນາບຸກຄະລາກອນດ້ານດິຈິຕອນ ລະຫວ່າງ ກະຊວງການພັດທະນາດິຈິຕອນ "
                "ກັບ ສະຖາບັນການສຶກສາຊັ້ນສູງ 3 ແຫ່ງ, ໂດຍມີ ທ່ານ ວິໄລສັກ ອິນທະວົງ ຮອງລັດຖະມົນຕີ "
                "ເປັນຜູ້ລົງນາມ ຝ່າຍກະຊວງ ແລະ ອະທິການບໍດີ ຂອງແຕ່ລະສະຖາບັນ ເປັນຜູ້ລົງນາມ ອີກຝ່າຍໜຶ່ງ.</p>"
                "<p>ຕາມບົດບັນທຶກຄວາມເຂົ້າໃຈ, ສອງຝ່າຍ ຈະຮ່ວມກັນປັບປຸງຫຼັກສູດ ດ້ານວິທະຍາສາດຄອມພິວເຕີ "
                "ແລະ ຄວາມປອດໄພທາງໄຊເບີ ໃຫ້ສອດຄ່ອງ ກັບຄວາມຕ້ອງການ ຂອງຕະຫຼາດແຮງງານ; ເປີດໂອກາດ "
                "ໃຫ້ນັກສຶກສາ ມາຝຶກງານ ຢູ່ບັນດາກົມ ຂອງກະຊວງ ແລະ ຈັດຕັ້ງໂຄງການຄົ້ນຄວ້າ ຮ່ວມກັນ.</p>"
                "<p>ໃນພິທີ, ທ່ານ ຮອງລັດຖະມົນຕີ ໄດ້ກ່າວວ່າ:</p>"
                "<blockquote><p>“ການຫັນເປັນດິຈິຕອນ ຈະສຳເລັດໄດ້ ກໍຕໍ່ເມື່ອພວກເຮົາມີຄົນ ທີ່ມີຄວາມຮູ້ "
                "ຄວາມສາມາດ. ການຮ່ວມມືຄັ້ງນີ້ ແມ່ນການລົງທຶນ ໃສ່ອະນາຄົດຂອງຊາດ.”</p></blockquote>"
                "<p>ບົດບັນທຶກຄວາມເຂົ້າໃຈ ມີອາຍຸ 5 ປີ ແລະ ສາມາດຕໍ່ອາຍຸໄດ້ ຕາມການຕົກລົງເຫັນດີ "
                "ຂອງທັງສອງຝ່າຍ.</p>"
            ),
        },
        "en": {
            "title": "Memorandum of understanding signed on developing digital talent",
            "summary": "The Ministry signed a memorandum of understanding with three higher education institutions to develop digital skills.",
            "body": (
                "<p>The Ministry of Digital Development hosted the signing of a memorandum of understanding on "
                "cooperation in developing digital talent between the Ministry and three higher education "
                "institutions. Deputy Minister Vilaysack Inthavong signed for the Ministry, and the rector of "
                "each institution signed for their own institution.</p>"
                "<p>Under the memorandum, the two sides will work together to bring computer science and cyber "
                "security courses into line with what employers need, to offer students internships in the "
                "Ministry's departments, and to run joint research projects.</p>"
                "<p>At the ceremony the Deputy Minister said:</p>"
                "<blockquote><p>“Digital transformation can only succeed if we have people with the knowledge "
                "and skills to carry it out. This partnership is an investment in our country's future.”</p></blockquote>"
                "<p>The memorandum runs for five years and may be extended if both sides agree.</p>"
            ),
        },
    },
    # --- Services, under "services" -------------------------------------------
    {
        "parent": "services",
        "lo": {
            "title": "ການຂໍອະນຸຍາດດຳເນີນທຸລະກິດ ບໍລິການອິນເຕີເນັດ",
            "summary": "ເອກະສານທີ່ຕ້ອງກະກຽມ, ຂັ້ນຕອນ ແລະ ຄ່າທຳນຽມ ໃນການຂໍໃບອະນຸຍາດ ດຳເນີນທຸລະກິດບໍລິການອິນເຕີເນັດ.",
            "body": (
                "<p>ວິສາຫະກິດ ທີ່ໄດ້ຈົດທະບຽນ ຖືກຕ້ອງຕາມກົດໝາຍ ແລະ ມີຈຸດປະສົງ ດຳເນີນທຸລະກິດ "
                "ສະໜອງການບໍລິການອິນເຕີເນັດ ໃນ ສປປ ລາວ ຕ້ອງໄດ້ຮັບໃບອະນຸຍາດ ຈາກກະຊວງການພັດທະນາດິຈິຕອນ "
                "ກ່ອນເລີ່ມດຳເນີນທຸລະກິດ.</p>"
                "<h2>ເອກະສານທີ່ຕ້ອງກະກຽມ</h2>"
                "<ul>"
                "<li>ໃບຄຳຮ້ອງ ຕາມແບບພິມ ຂອງກະຊວງ;</li>"
                "<li>ສຳເນົາໃບທະບຽນວິສາຫະກິດ;</li>"
                "<li>ແຜນທຸລະກິດ ແລະ ແຜນການລົງທຶນ;</li>"
                "<li>ແຜນຜັງເຄືອຂ່າຍ ແລະ ລາຍລະອຽດ ຂອງອຸປະກອນເຕັກນິກ;</li>"
                "<li>ສຳເນົາບັດປະຈຳຕົວ ຫຼື ໜັງສືຜ່ານແດນ ຂອງຜູ້ອຳນວຍການວິສາຫະກິດ.</li>"
                "</ul>"
                "<h2>ຂັ້ນຕອນ</h2>"
                "<ol>"
                "<li>ລົງທະບຽນບັນຊີ ໃນລະບົບບໍລິການອອນລາຍ ຂອງກະຊວງ ແລະ ເລືອກ “ຄຳຮ້ອງຂໍອະນຸຍາດ ບໍລິການອິນເຕີເນັດ”;</li>"
                "<li>ປ້ອນຂໍ້ມູນ ແລະ ອັບໂຫຼດເອກະສານ ຕາມລາຍການຂ້າງເທິງ ເປັນໄຟລ໌ PDF;</li>"
                "<li>ຊຳລະຄ່າພິຈາລະນາຄຳຮ້ອງ ທາງອອນລາຍ; ລະບົບ ຈະອອກເລກທີຄຳຮ້ອງ ໃຫ້ທ່ານ;</li>"
                "<li>ກົມໂທລະຄົມມະນາຄົມ ກວດກາເອກະສານ ພາຍໃນ 5 ວັນເຮັດວຽກ; ຖ້າເອກະສານບໍ່ຄົບຖ້ວນ, "
                "ທ່ານຈະໄດ້ຮັບແຈ້ງ ຜ່ານລະບົບ ແລະ ອີເມວ;</li>"
                "<li>ພະນັກງານວິຊາການ ອາດລົງກວດກາ ສະຖານທີ່ ແລະ ອຸປະກອນ;</li>"
                "<li>ກະຊວງ ພິຈາລະນາອອກໃບອະນຸຍາດ ພາຍໃນ 30 ວັນເຮັດວຽກ ນັບແຕ່ວັນໄດ້ຮັບຄຳຮ້ອງ ທີ່ຄົບຖ້ວນ;</li>"
                "<li>ຊຳລະຄ່າອອກໃບອະນຸຍາດ ແລ້ວດາວໂຫຼດ ໃບອະນຸຍາດ ທີ່ມີລາຍເຊັນເອເລັກໂຕຣນິກ "
                "ຫຼື ມາຮັບສະບັບເຈ້ຍ ທີ່ປ່ອງບໍລິການປະຕູດຽວ.</li>"
                "</ol>"
                "<h2>ຄ່າທຳນຽມ</h2>"
                "<table>"
                "<thead><tr><th>ລາຍການ</th><th>ອັດຕາ</th></tr></thead>"
                "<tbody>"
                "<tr><td>ຄ່າພິຈາລະນາຄຳຮ້ອງ</td><td>500.000 ກີບ</td></tr>"
                "<tr><td>ຄ່າອອກໃບອະນຸຍາດ (ອາຍຸ 5 ປີ)</td><td>5.000.000 ກີບ</td></tr>"
                "<tr><td>ຄ່າຕໍ່ອາຍຸໃບອະນຸຍາດ</td><td>3.000.000 ກີບ</td></tr>"
                "</tbody>"
                "</table>"
                "<p><em>ອັດຕາຂ້າງເທິງ ເປັນອັດຕາສົມມຸດ ເພື່ອການສາທິດ.</em> ຜູ້ຖືໃບອະນຸຍາດ ຕ້ອງຍື່ນຂໍຕໍ່ອາຍຸ "
                "ຢ່າງໜ້ອຍ 60 ວັນ ກ່ອນໃບອະນຸຍາດໝົດອາຍຸ.</p>"
            ),
        },
        "en": {
            "title": "Applying for an Internet service licence",
            "summary": "Documents, steps and fees for obtaining a licence to operate an Internet service business.",
            "body": (
                "<p>Any lawfully registered enterprise that intends to provide Internet services in the Lao PDR "
                "must obtain a licence from the Ministry of Digital Development before it starts operating.</p>"
                "<h2>Documents you will need</h2>"
                "<ul>"
                "<li>the application form issued by the Ministry;</li>"
                "<li>a copy of the enterprise registration certificate;</li>"
                "<li>a business plan and investment plan;</li>"
                "<li>a network diagram and specifications of the technical equipment;</li>"
                "<li>a copy of the identity card or passport of the enterprise's managing director.</li>"
                "</ul>"
                "<h2>Steps</h2>"
                "<ol>"
                "<li>Register an account on the Ministry's online services system and choose “Internet service "
                "licence application”;</li>"
                "<li>Fill in the details and upload the documents listed above as PDF files;</li>"
                "<li>Pay the application review fee online; the system will give you an application number;</li>"
                "<li>The Department of Telecommunications checks your documents within 5 working days; if "
                "anything is missing, you will be told through the system and by email;</li>"
                "<li>Technical staff may inspect your premises and equipment;</li>"
                "<li>The Ministry decides on the licence within 30 working days of receiving a complete application;</li>"
                "<li>Pay the licence fee, then download your licence bearing an electronic signature, or collect "
                "the paper copy from the one-stop service counter.</li>"
                "</ol>"
                "<h2>Fees</h2>"
                "<table>"
                "<thead><tr><th>Item</th><th>Fee</th></tr></thead>"
                "<tbody>"
                "<tr><td>Application review</td><td>500,000 kip</td></tr>"
                "<tr><td>Licence issue (valid 5 years)</td><td>5,000,000 kip</td></tr>"
                "<tr><td>Licence renewal</td><td>3,000,000 kip</td></tr>"
                "</tbody>"
                "</table>"
                "<p><em>These fees are fictional, for demonstration only.</em> Licence holders must apply for "
                "renewal at least 60 days before the licence expires.</p>"
            ),
        },
    },
    {
        "parent": "services",
        "lo": {
            "title": "ການຊຳລະຄ່າທຳນຽມ ທາງອອນລາຍ",
            "summary": "ວິທີຊຳລະຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ ຂອງກະຊວງ ຜ່ານລະບົບອອນລາຍ ດ້ວຍລະຫັດ QR ຂອງທະນາຄານ.",
            "body": (
                "<p>ທ່ານສາມາດຊຳລະຄ່າທຳນຽມ ແລະ ຄ່າບໍລິການ ທຸກປະເພດ ຂອງກະຊວງ ຜ່ານລະບົບອອນລາຍ "
                "ໄດ້ຕະຫຼອດ 24 ຊົ່ວໂມງ ໂດຍບໍ່ຈຳເປັນຕ້ອງເດີນທາງມາກະຊວງ.</p>"
                "<h2>ຂັ້ນຕອນການຊຳລະ</h2>"
                "<ol>"
                "<li>ເຂົ້າສູ່ລະບົບ ບໍລິການອອນລາຍ ຂອງກະຊວງ ແລະ ເປີດລາຍການ “ໃບແຈ້ງໜີ້ ທີ່ຕ້ອງຊຳລະ”;</li>"
                "<li>ເລືອກໃບແຈ້ງໜີ້ ແລະ ກວດເບິ່ງເລກທີຄຳຮ້ອງ ແລະ ຈຳນວນເງິນ ໃຫ້ຖືກຕ້ອງ;</li>"
                "<li>ກົດປຸ່ມ “ຊຳລະເງິນ”; ລະບົບ ຈະສະແດງລະຫັດ QR ສຳລັບໃບແຈ້ງໜີ້ນັ້ນ;</li>"
                "<li>ເປີດແອັບ ຂອງທະນາຄານທີ່ທ່ານໃຊ້, ສະແກນລະຫັດ QR ແລະ ຢືນຢັນການໂອນເງິນ;</li>"
                "<li>ພາຍຫຼັງຊຳລະສຳເລັດ, ສະຖານະ ຂອງໃບແຈ້ງໜີ້ ຈະປ່ຽນເປັນ “ຊຳລະແລ້ວ” ພາຍໃນ 15 ນາທີ "
                "ແລະ ທ່ານສາມາດດາວໂຫຼດ ໃບຮັບເງິນເອເລັກໂຕຣນິກ ໄດ້ທັນທີ.</li>"
                "</ol>"
                "<h2>ຂໍ້ຄວນຮູ້</h2>"
                "<ul>"
                "<li>ລະຫັດ QR ແຕ່ລະອັນ ໃຊ້ໄດ້ ສຳລັບໃບແຈ້ງໜີ້ດຽວ ແລະ ໝົດອາຍຸ ພາຍໃນ 24 ຊົ່ວໂມງ;</li>"
                "<li>ກະຊວງ ບໍ່ເກັບຄ່າທຳນຽມເພີ່ມ ສຳລັບການຊຳລະທາງອອນລາຍ; ທະນາຄານ ອາດເກັບຄ່າບໍລິການໂອນ "
                "ຕາມລະບຽບ ຂອງທະນາຄານ;</li>"
                "<li>ພະນັກງານ ຂອງກະຊວງ ຈະບໍ່ຂໍໃຫ້ທ່ານ ໂອນເງິນເຂົ້າບັນຊີສ່ວນບຸກຄົນ ໃນກໍລະນີໃດໆ. "
                "ຖ້າມີຜູ້ໃດຮຽກຮ້ອງແບບນີ້, ກະລຸນາແຈ້ງໃຫ້ກະຊວງຮູ້ທັນທີ;</li>"
                "<li>ຖ້າທ່ານຊຳລະແລ້ວ ແຕ່ສະຖານະ ບໍ່ປ່ຽນ ພາຍໃນ 1 ວັນເຮັດວຽກ, ກະລຸນາຕິດຕໍ່ ຫ້ອງການກະຊວງ "
                "ພ້ອມສົ່ງຫຼັກຖານການໂອນເງິນ.</li>"
                "</ul>"
            ),
        },
        "en": {
            "title": "Paying fees online",
            "summary": "How to pay the Ministry's fees and charges online with a bank QR code.",
            "body": (
                "<p>You can pay any of the Ministry's fees and charges online, 24 hours a day, without "
                "travelling to the Ministry.</p>"
                "<h2>How to pay</h2>"
                "<ol>"
                "<li>Sign in to the Ministry's online services system and open “Invoices to pay”;</li>"
                "<li>Choose the invoice and check that the application number and the amount are correct;</li>"
                "<li>Press “Pay”; the system shows a QR code for that invoice;</li>"
                "<li>Open your bank's app, scan the QR code and confirm the transfer;</li>"
                "<li>Once the payment has gone through, the invoice status changes to “Paid” within 15 minutes "
                "and you can download an electronic receipt straight away.</li>"
                "</ol>"
                "<h2>Good to know</h2>"
                "<ul>"
                "<li>Each QR code is valid for one invoice only and expires after 24 hours;</li>"
                "<li>The Ministry charges nothing extra for paying online; your bank may charge a transfer fee "
                "under its own rules;</li>"
                "<li>Ministry staff will never ask you to transfer money to a personal account. If anyone does, "
                "please report it to the Ministry at once;</li>"
                "<li>If you have paid but the status has not changed within one working day, please contact the "
                "Cabinet Office of the Ministry and send proof of the transfer.</li>"
                "</ul>"
            ),
        },
    },
]
