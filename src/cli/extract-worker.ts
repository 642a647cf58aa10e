// The module a worker thread of the extract pool runs.
import { serve } from './extract-work.ts';

serve();
