// The peer of our question steps in `npm run bench`: the same questionnaire as a SurveyJS form
// (survey-core's model, survey-js-ui's renderer and its default theme), one page per
// transformation, in one language. survey.json is written by build.mjs.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.min.css';
import survey from './survey.json';

const model = new Model(survey);
renderSurvey(model, document.getElementById('survey'));
