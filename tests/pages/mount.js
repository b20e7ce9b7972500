// The JavaScript embed form, as a newsroom developer writes it (a file, so it runs on strict pages too).
window.HKDataPause.mount(document.getElementById('js'), {
  lang: 'de',
  provider: 'telegram',
  date: '2020-07-09',
});
