// An extract worker whose module fails to load.
throw new Error('the worker module is broken');
