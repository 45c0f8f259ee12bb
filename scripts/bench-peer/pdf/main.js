// The peer of our report in `npm run bench`: SurveyJS's own PDF export (survey-pdf) of the same
// questionnaire with the same answers, in the same language. Like our plan page, the form model
// (survey-core) is loaded with the page and the PDF code only on the first click; the file is
// offered as a download, as ours is. survey.json and data.json are written by build.mjs.
import { Model } from 'survey-core';
import survey from './survey.json';
import data from './data.json';

const model = new Model(survey);
model.data = data;

const button = document.getElementById('download');
const status = document.getElementById('status');
button.addEventListener('click', async () => {
	button.disabled = true;
	status.textContent = 'Building…';
	const { SurveyPDF } = await import('survey-pdf');
	const pdf = new SurveyPDF(survey, { format: 'a4', fontSize: 10 });
	pdf.data = model.data;
	const blob = await pdf.raw('blob');
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = 'peer.pdf';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
	status.textContent = `Ready: ${blob.size} bytes`;
	button.disabled = false;
});
button.disabled = false;
document.querySelector('main').dataset.ready = 'true';
