# Counsellors' agenda.

agenda-show = Göster
agenda-agent = Görevli
agenda-all-agents = Tüm görevliler
agenda-day = Gün
agenda-navigation = Ajanda gezintisi
agenda-previous-day = Önceki gün
agenda-next-day = Sonraki gün
agenda-day-view = Günlük görünüm
agenda-week-view = Haftalık görünüm
agenda-week-of = { $date } haftası
agenda-count = { $count -> 
    [0] randevu yok
   *[other] { $count } randevu
}
agenda-empty = Randevu yok.
agenda-time = Saat
agenda-resident = Kişi
agenda-needs = İhtiyaçlar
agenda-status = Durum
agenda-actions = İşlemler
agenda-interpreter = Tercüman: { $language }
agenda-speaks = Konuştuğu dil: { $language }
agenda-check-in = Geldi
agenda-no-show = Gelmedi
agenda-cancel = İptal et…
agenda-cancel-reason = İptal nedeni
agenda-cancel-confirm = Randevuyu iptal et
agenda-reason-resident-request = Kişinin isteği
agenda-reason-agent-unavailable = Görevli müsait değil
agenda-reason-closure = Yer kapalı
agenda-reason-other = Başka neden
agenda-error-reason = Listeden bir iptal nedeni seçin.
agenda-book = Bir kişi için randevu al
agenda-booked = { $reference } randevusu kaydedildi; kişiye haber verildi.
agenda-choose = Seçin…
agenda-see-times = Saatleri gör
agenda-back = Ajandaya dön
